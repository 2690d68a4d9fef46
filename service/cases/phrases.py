"""pypinyin 0.55.0's phrases that change how a text reads.

Written by ``python -m bench.phrases_build``; do not edit. One phrase a line,
then the reading of each of its characters (the first, where pypinyin gives several).
"""

TEXT = """\
一丁不识 yī dīng bù shí
一丁点儿 yī dīng diǎn er
一不小心 yí bù xiǎo xīn
一不扭众 yī bù niǔ zhòng
一专多能 yī zhuān duō néng
一丘之貉 yī qiū zhī hé
一丝不差 yì sī bù chā
一个 yí gè
一个劲 yí gè jìn
一个心眼 yí gè xīn yǎn
一个心眼儿 yí gè xīn yǎn ér
一举万里 yī jǔ wàn lǐ
一举两得 yī jǔ liǎng dé
一乱涂地 yī luàn tú dì
一了 yī liǎo
一了百了 yī liǎo bǎi liǎo
一了百当 yī liǎo bǎi dàng
一事不知 yī shì bù zhī
一事无成 yí shì wú chéng
一五一十 yì wǔ yì shí
一人做事一人当 yì rén zuò shì yì rén dāng
一仆二主 yī pú èr zhǔ
一介不取 yī jiè bù qǔ
一代 yí dài
一代楷模 yī dài kǎi mó
一代风流 yī dài fēng liú
一令纸 yī lǐng zhǐ
一以当十 yī yǐ dāng shí
一以当百 yī yǐ dāng bǎi
一伙儿 yī huǒ er
一会 yī huì
一会儿 yī huì er
一似 yī sì
一体 yī tǐ
一体两面 yì tǐ liǎng miàn
一体同心 yī tǐ tóng xīn
一佛出世 yī fó chū shì
一侧 yī cè
一倡一和 yī chàng yī hé
一倡百和 yī chàng bǎi hè
一偏之见 yī piān zhī jiàn
一偏之论 yī piān zhī lùn
一元大武 yī yuán dà wǔ
一元论 yī yuán lùn
一刀两断 yì dāo liǎng duàn
一刀切 yī dāo qiē
一分 yī fēn
一分为二 yī fēn wéi èr
一切 yī qiè
一切众生 yī qiè zhòng shēng
一刹那 yī chà nà
一力承当 yī lì chéng dāng
一动不动 yī dòng bù dòng
一包在内 yī bāo zài nèi
一匡九合 yī kuāng jiǔ hé
一匹 yì pǐ
一匹马 yì pǐ mǎ
一半 yí bàn
一卷 yī juàn
一去不复返 yī qù bù fù fǎn
一双两好 yī shuāng liǎng hǎo
一反其道 yī fǎn qí dào
一发 yī fā
一发千钧 yī fà qiān jūn
一口两匙 yī kǒu liǎng chí
一口同声 yī kǒu tóng shēng
一口同音 yī kǒu tóng yīn
一口吸尽西江水 yī kǒu xī jìn xī jiāng shuǐ
一口咬定 yì kǒu yǎo dìng
一句话 yī jù huà
一叶扁舟 yí yè piān zhōu
一叶迷山 yī yè mí shān
一叶障目 yī yè zhàng mù
一同 yī tóng
一呼百应 yī hū bǎi yìng
一命呜呼 yí mìng wū hū
一品红 yī pǐn hóng
一哄而上 yì hōng ér shàng
一唱一和 yī chàng yī hè
一唱百和 yī chàng bǎi hé
一回儿 yì huí er
一场 yī cháng
一场空 yī cháng kōng
一场雨 yī cháng yǔ
一块石头落了地 yī kuài shí tou luò le dì
一块石头落地 yī kuài shí tóu luò dì
一夕一朝 yī xī yī zhāo
一夕之间 yì xī zhī jiān
一多半 yī duō bàn
一夜情 yí yè qíng
一夜走红 yí yè zǒu hóng
一大半 yī dà bàn
一大批 yī dà pī
一天一地 yī tiān yī dì
一天星斗 yī tiān xīng dǒu
一夫之用 yī fū zhī yòng
一夫当关 yī fū dāng guān
一头 yī tóu
一头热 yī tóu rè
一如既往 yì rú jì wǎng
一孔之见 yī kǒng zhī jiàn
一字一句 yī zì yī jù
一字长城 yī zì cháng chéng
一字长蛇阵 yī zì cháng shé zhèn
一定 yí dìng
一定不移 yī dìng bù yí
一客不烦二主 yī kè bù fán èr zhǔ
一家 yī jiā
一家一火 yī jiā yī huǒ
一家一计 yī jiā yī jì
一家之主 yī jiā zhī zhǔ
一家之言 yī jiā zhī yán
一家之计 yī jiā zhī jì
一家人 yī jiā rén
一家无二 yī jiā wú èr
一家眷属 yī jiā juàn shǔ
一家老小 yī jiā lǎo xiǎo
一宿 yī xiǔ
一射之地 yī shè zhī dì
一尺水十丈波 yī chǐ shuǐ shí zhàng bō
一尺水翻腾做一丈波 yī chǐ shuǐ fān téng zuò yī zhàng bō
一尺水翻腾做百丈波 yī chǐ shuǐ fān téng zuò bǎi zhàng bō
一己之见 yī jǐ zhī jiàn
一帆顺风 yī fān shùn fēng
一席之地 yī xí zhī dì
一干 yī gān
一干人犯 yī gān rén fàn
一年一度 yī nián yī dù
一年到头 yì nián dào tóu
一床两好 yī chuáng liǎng hǎo
一应 yī yīng
一度 yí dù
一弹指顷 yī tán zhǐ qǐng
一得 yī de
一得之功 yī dé zhī gōng
一得之愚 yī dé zhī yú
一得之见 yī dé zhī jiàn
一心同功 yī xīn tóng gōng
一心同归 yī xīn tóng guī
一心向往 yì xīn xiàng wǎng
一念之差 yī niàn zhī chā
一念之间 yí niàn zhī jiān
一怒之下 yí nù zhī xià
一怔 yí zhèng
一意孤行 yī yì gū xíng
一成 yì chéng
一成不变 yī chéng bù biàn
一扎 yī zā
一打 yī dǎ
一扫而光 yī sǎo ér guāng
一扫而空 yī sǎo ér kōng
一技之长 yī jì zhī cháng
一把手 yī bǎ shǒu
一把抓 yī bǎ zhuā
一把钥匙开一把锁 yī bǎ yào shi kāi yī bǎ suǒ
一抔黄沙 yì póu huáng shā
一报还一报 yī bào huán yī bào
一拍即合 yī pāi jí hé
一拥而上 yī yōng ér shàng
一掊土 yī póu tǔ
一掷百万 yī zhì bǎi wàn
一撮 yī zuǒ
一改 yī gǎi
一文不名 yī wén bù míng
一方面 yì fāng miàn
一无可取 yī wú kě qǔ
一无所得 yī wú suǒ dé
一无所有 yī wú suǒ yǒu
一无所知 yī wú suǒ zhī
一无所能 yī wú suǒ néng
一无所见 yī wú suǒ jiàn
一无所长 yī wú suǒ cháng
一无长物 yī wú cháng wù
一日万几 yī rì wàn jǐ
一日万里 yī rì wàn lǐ
一日三省 yī rì sān xǐng
一日之长 yī rì zhī cháng
一旦 yí dàn
一时一刻 yī shí yī kè
一时半会儿 yī shí bàn huì er
一时间 yī shí jiān
一星儿 yī xīng er
一星半点儿 yī xīng bàn diǎn er
一显身手 yī xiǎn shēn shǒu
一暝不视 yī míng bù shì
一暴十寒 yī pù shí hán
一曝十寒 yī pù shí hán
一曲阳关 yī qǔ yáng guān
一月 yí yuè
一望而知 yī wàng ér zhī
一朝 yī zhāo
一朝一夕 yī zhāo yī xī
一朝之忿 yī zhāo zhī fèn
一朝之患 yī zhāo zhī huàn
一朝千里 yī zhāo qiān lǐ
一朝天子一朝臣 yī cháo tiān zǐ yī cháo chén
一期 yī qī
一木难支 yī mù nán zhī
一本万利 yī běn wàn lì
一本正经 yī běn zhèng jīng
一条 yī tiáo
一条心 yī tiáo xīn
一条龙 yī tiáo lóng
一枝一栖 yī zhī yī qī
一枝之栖 yī zhī zhī qī
一枝香 yī zhī xiāng
一栖两雄 yī qī liǎng xióng
一棍子打死 yī gùn zi dǎ sǐ
一概而论 yī gài ér lùn
一模一样 yī mú yī yàng
一步一步 yí bù yí bù
一步步 yí bù bù
一步步地 yí bù bù de
一死了之 yī sǐ liǎo zhī
一毛不拔 yī máo bù bá
一毫不差 yī háo bù chā
一气之下 yí qì zhī xià
一气呵成 yī qì hē chéng
一沓纸 yì dá zhǐ
一波万波 yī bō wàn bō
一波三折 yī bō sān zhé
一波才动万波随 yī bō cái dòng wàn bō suí
一泻万里 yī xiè wàn lǐ
一泻千里 yí xiè qiān lǐ
一派胡言 yí pài hú yán
一派胡言乱语 yí pài hú yán luàn yǔ
一流 yì liú
一浆十饼 yī jiāng shí bǐng
一溜儿 yī liù ér
一溜风 yī liù fēng
一点 yì diǎn
一片 yī piàn
一片丹心 yī piàn dān xīn
一片冰心 yī piàn bīng xīn
一片宫商 yī piàn gōng shāng
一片散沙 yī piàn sǎn shā
一片汪洋 yī piàn wāng yáng
一片混乱 yí piàn hùn luàn
一片焦土 yī piàn jiāo tǔ
一片空白 yí piàn kòng bái
一牛吼地 yī niú hǒu dì
一牛鸣地 yī niú míng dì
一物不知 yī wù bù zhī
一物降一物 yī wù xiáng yī wù
一现昙华 yī xiàn tán huā
一男半女 yī nán bàn nǚ
一番 yī fān
一百 yì bǎi
一百二十行 yī bǎi èr shí háng
一百八十度 yī bǎi bā shí dù
一盘散沙 yī pán sǎn shā
一目了然 yī mù liǎo rán
一目五行 yī mù wǔ háng
一目十行 yī mù shí háng
一目数行 yī mù shù háng
一直 yì zhí
一直走 yì zhí zǒu
一瞑不视 yī míng bù shì
一知半见 yī zhī bàn jiàn
一知半解 yī zhī bàn jiě
一知片解 yī zhī piàn jiě
一石二鸟 yī shí èr niǎo
一砖一瓦 yī zhuān yī wǎ
一秉大公 yī bǐng dà gōng
一空依傍 yī kōng yī bàng
一窍不通 yī qiào bù tōng
一窝风 yī wō fēng
一笑了之 yī xiào liǎo zhī
一笑了事 yī xiào le shì
一笔勾断 yī bǐ gōu duàn
一笔带过 yī bǐ dài guò
一箭之地 yī jiàn zhī dì
一系列 yī xì liè
一索得男 yī suǒ dé nán
一纸空文 yī zhǐ kōng wén
一线之隔 yí xiàn zhī gé
一缘一会 yī yuán yī huì
一网打尽 yī wǎng dǎ jìn
一股劲 yì gǔ jìn
一股劲儿 yī gǔ jìn er
一脉相传 yī mài xiāng chuán
一脉相通 yī mài xiāng tōng
一脚不移 yī jiǎo bù yí
一般 yì bān
一般见识 yī bān jiàn shí
一虎不河 yī hǔ bù hé
一蛇两头 yī shé liǎng tóu
一行 yī xíng
一行人 yī xíng rén
一褱而论 yī huái ér lùn
一见了然 yī jiàn liǎo rán
一见倾心 yī jiàn qīng xīn
一见如故 yī jiàn rú gù
一见如旧 yī jiàn rú jiù
一见钟情 yī jiàn zhōng qíng
一览无遗 yì lǎn wú yí
一觉 yī jiào
一角 yī jiǎo
一触即发 yī chù jí fā
一触即溃 yī chù jí kuì
一言一行 yī yán yī xíng
一言不发 yī yán bù fā
一言两语 yī yán liǎng yǔ
一言中的 yì yán zhòng dì
一言为定 yī yán wéi dìng
一言九鼎 yì yán jiǔ dǐng
一言半句 yī yán bàn jù
一言半语 yī yán bàn yǔ
一言难尽 yī yán nán jìn
一语中人 yī yǔ zhòng rén
一语中的 yī yǔ zhòng dì
一语双关 yī yǔ shuāng guān
一语破的 yī yǔ pò dì
一语道破 yī yǔ dào pò
一诺千金 yí nuò qiān jīn
一败涂地 yī bài tú dì
一走了之 yī zǒu liǎo zhī
一路顺风 yī lù shùn fēng
一路风清 yī lù fēng qīng
一蹴可几 yī cù kě jǐ
一蹴而得 yī cù ér dé
一蹶不兴 yī juě bù xīng
一身两头 yī shēn liǎng tóu
一轨同风 yī guǐ tóng fēng
一边倒 yī biān dǎo
一迎一和 yī yíng yī hé
一还一报 yī huán yī bào
一连气儿 yī lián qì er
一退六二五 yī tuì liù èr wǔ
一通 yí tòng
一邱之貉 yī qiū zhī hé
一醉解千愁 yī zuì jiě qiān chóu
一重一掩 yī chóng yī yǎn
一针见血 yī zhēn jiàn xiě
一钱不名 yī qián bù míng
一钱不落虚空地 yī qián bù luò xū kōng dì
一长一短 yī cháng yī duǎn
一长两短 yī cháng liǎng duǎn
一长串 yī cháng chuàn
一长二短 yī cháng èr duǎn
一长半短 yī cháng bàn duǎn
一问三不知 yī wèn sān bù zhī
一阵风 yī zhèn fēng
一隅 yì yú
一隅之地 yī yú zhī dì
一隅之见 yī yú zhī jiàn
一隅之说 yī yú zhī shuō
一霎那 yī shà nà
一面 yí miàn
一面之识 yī miàn zhī shí
一面倒 yí miàn dǎo
一鞭先著 yī biān xiān zhuó
一风吹 yī fēng chuī
一飞冲天 yī fēi chōng tiān
一饭三吐哺 yī fàn sān tǔ bǔ
一马当先 yī mǎ dāng xiān
一驮粮 yí duò liáng
一骨碌 yī gū lù
一鳞一爪 yī lín yī zhǎo
一鳞半爪 yī lín bàn zhǎo
一鳞片爪 yī lín piàn zhǎo
一鳞片甲 yī lín piàn jiǎ
一鸣惊人 yì míng jīng rén
一龙一蛇 yī lóng yī shé
丁一卯二 dīng yī mǎo èr
丁一确二 dīng yī què èr
丁丁 dīng dīng
丁丁当当 dīng dīng dāng dāng
丁丑 dīng chǒu
丁东 dīng dōng
丁公凿井 dīng gōng záo jǐng
丁公藤 dīng gōng téng
丁字 dīng zì
丁字尺 dīng zì chǐ
丁字形 dīng zì xíng
丁当 dīng dāng
丁未 dīng wèi
丁点儿 dīng diǎn er
丁香 dīng xiāng
丁香花 dīng xiāng huā
七上八下 qī shàng bā xià
七上八落 qī shàng bā luò
七了八当 qī le bā dāng
七十二行 qī shí èr háng
七叶一枝花 qī yè yī zhī huā
七叶树 qī yè shù
七大 qī dà
七大八小 qī dà bā xiǎo
七尺之躯 qī chǐ zhī qū
七开八得 qī kāi bā dé
七拉八扯 qī lā bā chě
七次量衣一次裁 qī cì liáng yī yī cì cái
七病八倒 qī bìng bā dǎo
七相五公 qī xiāng wǔ gōng
七窍冒火 qī qiào mào huǒ
七老八倒 qī lǎo bā dǎo
七行俱下 qī háng jù xià
七言八语 qī yán bā yǔ
七返还丹 qī fǎn huán dān
七长八短 qī cháng bā duǎn
七零八落 qī líng bā luò
七颠八倒 qī diān bā dǎo
万一 wàn yī
万万 wàn wàn
万万千千 wàn wàn qiān qiān
万丈 wàn zhàng
万丈深渊 wàn zhàng shēn yuān
万不失一 wàn bù shī yī
万世 wàn shì
万世一时 wàn shì yī shí
万世师表 wàn shì shī biǎo
万事 wàn shì
万事亨通 wàn shì hēng tōng
万事大吉 wàn shì dà jí
万事通 wàn shì tōng
万人空巷 wàn rén kōng xiàng
万众 wàn zhòng
万众一心 wàn zhòng yī xīn
万俟 mò qí
万儿八千 wàn ér bā qiān
万全 wàn quán
万全之计 wàn quán zhī jì
万分 wàn fēn
万别千差 wàn bié qiān chā
万劫不复 wàn jié bù fù
万千 wàn qiān
万卷 wàn juàn
万古 wàn gǔ
万古长存 wàn gǔ cháng cún
万古长春 wàn gǔ cháng chūn
万古长青 wàn gǔ cháng qīng
万国 wàn guó
万壑争流 wàn hè zhēng liú
万夫不当 wàn fū bù dāng
万夫莫当 wàn fū mò dāng
万头攒动 wàn tóu cuán dòng
万家灯火 wàn jiā dēng huǒ
万家生佛 wàn jiā shēng fó
万岁 wàn suì
万年 wàn nián
万年青 wàn nián qīng
万应灵丹 wàn yìng líng dān
万恨千愁 wàn hèn qiān chóu
万恶 wàn è
万户侯 wàn hù hóu
万户千门 wàn hù qiān mén
万方 wàn fāng
万无一失 wàn wú yī shī
万有 wàn yǒu
万死 wàn sǐ
万死一生 wàn sǐ yī shēng
万死犹轻 wàn sǐ yóu qīng
万民 wàn mín
万水千山 wàn shuǐ qiān shān
万流景仰 wàn liú jǐng yǎng
万箭攒心 wàn jiàn cuán xīn
万箭穿心 wàn jiàn chuān xīn
万籁 wàn lài
万籁无声 wàn lài wú shēng
万紫千红 wàn zǐ qiān hóng
万绪千头 wàn xù qiān tóu
万能 wàn néng
万能胶 wàn néng jiāo
万般 wàn bān
万语千言 wàn yǔ qiān yán
万象 wàn xiàng
万象森罗 wàn xiàng sēn luó
万贯 wàn guàn
万贯家私 wàn guàn jiā sī
万贯家财 wàn guàn jiā cái
万赖无声 wàn lài wú shēng
万里无云 wàn lǐ wú yún
万里长城 wàn lǐ cháng chéng
万里长征 wàn lǐ cháng zhēng
万金 wàn jīn
丈量 zhàng liáng
三不拗六 sān bù niù liù
三不知 sān bù zhī
三不管 sān bù guǎn
三亲六故 sān qīn liù gù
三人为众 sān rén wèi zhòng
三从四德 sān cóng sì dé
三八作风 sān bā zuò fēng
三分 sān fēn
三分鼎立 sān fēn dǐng lì
三北 sān běi
三十儿 sān shí er
三十六 sān shí liù
三十六行 sān shí liù háng
三十六计 sān shí liù jì
三占从二 sān zhān cóng èr
三句不离本行 sān jù bù lí běn háng
三句话不离本行 sān jù huà bù lí běn háng
三只手 sān zhī shǒu
三合 sān hé
三合会 sān hé huì
三合土 sān hé tǔ
三回九转 sān huí jiǔ zhuǎn
三大作风 sān dà zuò fēng
三大差别 sān dà chā bié
三大法宝 sān dà fǎ bǎo
三天两头 sān tiān liǎng tóu
三天两宿 sān tiān liǎng xiǔ
三夫之对 sān fū zhī duì
三夫之言 sān fū zhī yán
三头两日 sān tóu liǎng rì
三头两面 sān tóu liǎng miàn
三头六面 sān tóu liù miàn
三好 sān hǎo
三好生 sān hǎo shēng
三家村 sān jiā cūn
三对六面 sān duì liù miàn
三尸暴跳 sān shī bào tiào
三岔路口 sān chà lù kǒu
三度 sān dù
三座大山 sān zuò dà shān
三徙成都 sān xǐ chéng dōu
三思 sān sī
三思而后行 sān sī ér hòu xíng
三思而行 sān sī ér xíng
三战三北 sān zhàn sān běi
三拳不敌四手 sān quán bù dí sì shǒu
三推六问 sān tuī liù wèn
三教 sān jiào
三教九流 sān jiào jiǔ liú
三旨相公 sān zhǐ xiàng gōng
三旬九食 sān xún jiǔ shí
三更 sān gēng
三更半夜 sān gēng bàn yè
三月三 sān yuè sān
三月不知肉味 sān yuè bù zhī ròu wèi
三朝五日 sān cháo wǔ rì
三朝元老 sān cháo yuán lǎo
三权分立 sān quán fēn lì
三杯通大道 sān bēi tōng dà dào
三沐三熏 sān mù sān xūn
三班倒 sān bān dǎo
三瓦两巷 sān wǎ liǎng xiàng
三瓦两舍 sān wǎ liǎng shě
三百六十行 sān bǎi liù shí háng
三相 sān xiāng
三省吾身 sān xǐng wú shēn
三结合 sān jié hé
三缄其口 sān jiān qí kǒu
三老五更 sān lǎo wǔ gēng
三联单 sān lián dān
三臡八菹 sān ní bā zū
三茶六礼 sān chá liù lǐ
三藏 sān zàng
三行 sān xíng
三街六巷 sān jiē liù xiàng
三角 sān jiǎo
三角函数 sān jiǎo hán shù
三角形 sān jiǎo xíng
三角恋爱 sān jiǎo liàn ài
三角洲 sān jiǎo zhōu
三角铁 sān jiǎo tiě
三言两句 sān yán liǎng jù
三言两语 sān yán liǎng yǔ
三轮儿 sān lún er
三轮车 sān lún chē
三过其门而不入 sān guò qí mén ér bù rù
三连冠 sān lián guàn
三重 sān chóng
三重唱 sān chóng chàng
三长两短 sān cháng liǎng duǎn
三长四短 sān cháng sì duǎn
三陪 sān péi
三餐 sān cān
上上 shàng shàng
上上下下 shàng shàng xià xià
上下 shàng xià
上下一心 shàng xià yī xīn
上下交困 shàng xià jiāo kùn
上下其手 shàng xià qí shǒu
上下同心 shàng xià tóng xīn
上下同门 shàng xià tóng mén
上下文 shàng xià wén
上下水 shàng xià shuǐ
上中农 shàng zhōng nóng
上乘 shàng chéng
上交 shàng jiāo
上京 shàng jīng
上人 shàng rén
上任 shàng rèn
上供 shàng gòng
上光 shàng guāng
上兵 shàng bīng
上列 shàng liè
上劲 shàng jìn
上医医国 shàng yī yī guó
上千 shàng qiān
上午 shàng wǔ
上半夜 shàng bàn yè
上半天 shàng bàn tiān
上半时 shàng bàn shí
上半月 shàng bàn yuè
上半身 shàng bàn shēn
上南落北 shàng nán luò běi
上卷 shàng juàn
上口 shàng kǒu
上古 shàng gǔ
上叶 shàng yè
上告 shàng gào
上呼吸道 shàng hū xī dào
上品 shàng pǐn
上回 shàng huí
上场 shàng chǎng
上场门 shàng chǎng mén
上坡 shàng pō
上坡路 shàng pō lù
上声 shǎng shēng
上夜 shàng yè
上天 shàng tiān
上天入地 shàng tiān rù dì
上头 shàng tou
上奏 shàng zòu
上好 shàng hǎo
上嫚下暴 shàng màn xià bào
上官 shàng guān
上家 shàng jiā
上将 shàng jiàng
上尉 shàng wèi
上层 shàng céng
上层社会 shàng céng shè huì
上山 shàng shān
上山下乡 shàng shān xià xiāng
上岁数 shàng suì shù
上工 shàng gōng
上帝 shàng dì
上年 shàng nián
上年纪 shàng nián jì
上座 shàng zuò
上座儿 shàng zuò er
上座率 shàng zuò lǜ
上弦 shàng xián
上当 shàng dàng
上心 shàng xīn
上情 shàng qíng
上慢下暴 shàng màn xià bào
上手 shàng shǒu
上报 shàng bào
上援下推 shàng yuán xià tuī
上文 shàng wén
上方 shàng fāng
上智下愚 shàng zhì xià yú
上替下陵 shàng tì xià líng
上月 shàng yuè
上朝 shàng cháo
上来 shàng lái
上校 shàng xiào
上根大器 shàng gēn dà qì
上梁 shàng liáng
上梁不正下梁歪 shàng liáng bù zhèng xià liáng wāi
上款 shàng kuǎn
上水 shàng shuǐ
上流 shàng liú
上流社会 shàng liú shè huì
上浮 shàng fú
上海 shàng hǎi
上游 shàng yóu
上火 shàng huǒ
上烝下报 shàng zhēng xià bào
上疏 shàng shū
上相 shàng xiàng
上税 shàng shuì
上空 shàng kōng
上窜下跳 shàng cuàn xià tiào
上等 shàng děng
上等兵 shàng děng bīng
上篇上论 shàng piān shàng lùn
上色 shàng sè
上苍 shàng cāng
上蒸下报 shàng zhēng xià bào
上行 shàng háng
上行下效 shàng xíng xià xiào
上衣 shàng yī
上装 shàng zhuāng
上西天 shàng xī tiān
上计 shàng jì
上调 shàng diào
上路 shàng lù
上蹿下跳 shàng cuān xià tiào
上身 shàng shēn
上车 shàng chē
上轨道 shàng guǐ dào
上边 shàng biān
上进 shàng jìn
上进心 shàng jìn xīn
上锁 shàng suǒ
上门 shàng mén
上陵下替 shàng líng xià tì
上雨旁风 shàng yǔ páng fēng
上面 shàng miàn
上风 shàng fēng
上首 shàng shǒu
上香 shàng xiāng
上马 shàng mǎ
下不了台 xià bù liǎo tái
下不来 xià bù lái
下中农 xià zhōng nóng
下乘 xià shèng
下井投石 xià jǐng tóu shí
下劲 xià jìn
下半时 xià bàn shí
下半月 xià bàn yuè
下卷 xià juàn
下发 xià fā
下同 xià tóng
下回分解 xià huí fēn jiě
下地 xià dì
下场 xià chǎng
下场门 xià chǎng mén
下头 xià tou
下家 xià jiā
下属 xià shǔ
下意识 xià yì shí
下愚不移 xià yú bù yí
下毛毛雨 xià máo máo yǔ
下泄 xià xiè
下狠心 xià hěn xīn
下礼拜 xià lǐ bài
下笔有神 xià bǐ yǒu shén
下落 xià luò
下落不明 xià luò bù míng
下行 xià xíng
下调 xià tiáo
下车 xià chē
下车作威 xià chē zuò wēi
下降 xià jiàng
下陵上替 xià líng shàng tì
下雨 xià yǔ
下风 xià fēng
下马看花 xià mǎ kàn huā
不一 bù yī
不一会儿 bù yī huì er
不一定 bù yí dìng
不三不四 bù sān bù sì
不上不下 bù shàng bù xià
不上不落 bù shàng bù luò
不下 bù xià
不下于 bù xià yú
不世之功 bù shì zhī gōng
不中 bù zhōng
不中用 bù zhōng yòng
不丹 bù dān
不为五斗米折腰 bù wèi wǔ dǒu mǐ zhé yāo
不为人知 bù wéi rén zhī
不为名不为利 bù wéi míng bù wéi lì
不久 bù jiǔ
不义 bú yì
不义之财 bù yì zhī cái
不乏 bù fá
不乏其人 bù fá qí rén
不习地土 bù xí dì tǔ
不习水土 bù xí shuǐ tǔ
不了 bù liǎo
不了不当 bù liǎo bù dàng
不了了之 bù liǎo liǎo zhī
不了而了 bù liǎo ér liǎo
不争 bù zhēng
不二 bù èr
不二法门 bù èr fǎ mén
不亦 bù yì
不亦说乎 bù yì yuè hū
不人道 bù rén dào
不今不古 bù jīn bù gǔ
不以一眚掩大德 bù yǐ yī shěng yǎn dà dé
不以为奇 bù yǐ wéi qí
不以人废言 bù yǐ rén fèi yán
不以语人 bù yǐ yù rén
不伏烧埋 bù fú shāo mái
不会 bú huì
不伦不类 bù lún bù lèi
不住 bú zhù
不作声 bù zuò shēng
不依 bù yī
不依不饶 bù yī bù ráo
不便 bù biàn
不便水土 bù biàn shuǐ tǔ
不信 bù xìn
不修 bù xiū
不倦 bù juàn
不值 bù zhí
不值一提 bù zhí yī tí
不值一笑 bù zhí yī xiào
不值一顾 bù zhí yī gù
不值识者一笑 bù zhí shí zhě yí xiào
不假 bù jiǎ
不假思索 bù jiǎ sī suǒ
不偏不党 bù piān bù dǎng
不做声 bù zuò shēng
不像 bù xiàng
不像话 bù xiàng huà
不光 bù guāng
不克 bù kè
不免 bù miǎn
不公 bù gōng
不共戴天 bù gòng dài tiān
不关 bù guān
不兴 bù xīng
不再 bù zài
不冷不热 bù lěng bù rè
不分 bù fēn
不分玉石 bù fēn yù shí
不分皂白 bù fēn zào bái
不分青白 bù fēn qīng bái
不分青红皂白 bù fēn qīng hóng zào bái
不刊之论 bù kān zhī lùn
不刊之说 bù kān zhī shuō
不利 bù lì
不到 bú dào
不到长城非好汉 bú dào cháng chéng fēi hǎo hàn
不到黄河心不死 bù dào huáng hé xīn bù sǐ
不务空名 bù wù kōng míng
不劣方头 bù liè fāng tóu
不动声色 bù dòng shēng sè
不动如山 bú dòng rú shān
不劳而成 bù láo ér chéng
不劳而获 bù láo ér huò
不勤而获 bù qín ér huò
不单 bù dān
不即不离 bù jí bù lí
不厌 bù yàn
不厌其繁 bù yàn qí fán
不及 bù jí
不及之法 bù jí zhī fǎ
不受欢迎的人 bù shòu huān yíng de rén
不变 bù biàn
不变资本 bù biàn zī běn
不古不今 bù gǔ bù jīn
不可 bù kě
不可估量 bù kě gū liáng
不可分 bù kě fēn
不可动摇 bù kě dòng yáo
不可同日而语 bù kě tóng rì ér yǔ
不可告人 bù kě gào rén
不可多得 bù kě duō dé
不可奈何 bù kě nài hé
不可开交 bù kě kāi jiāo
不可捉摸 bù kě zhuō mō
不可揆度 bù kě kuí duó
不可收拾 bù kě shōu shí
不可知论 bù kě zhī lùn
不可磨灭 bù kě mó miè
不可究诘 bù kě jiū jié
不可终日 bù kě zhōng rì
不可胜数 bù kě shèng shǔ
不可胜纪 bù kě shèng jì
不可胜言 bù kě shèng yán
不可胜计 bù kě shèng jì
不可胜道 bù kě shèng dào
不可言传 bù kě yán chuán
不可限量 bù kě xiàn liàng
不吃 bù chī
不吃烟火食 bù chī yān huǒ shí
不合 bù hé
不同 bù tóng
不同戴天 bù tóng dài tiān
不名一文 bù míng yī wén
不吝 bù lìn
不吝珠玉 bù lìn zhū yù
不听 bù tīng
不周 bù zhōu
不周延 bù zhōu yán
不和 bù hé
不咎既往 bù jiù jì wǎng
不咸不淡 bù xián bù dàn
不哼不哈 bù hēng bù hā
不啻 bù chì
不啻天渊 bù chì tiān yuān
不善 bù shàn
不因人热 bù yīn rén rè
不图 bù tú
不在 bù zài
不在话下 bù zài huà xià
不堪 bù kān
不堪一击 bù kān yī jī
不堪入目 bù kān rù mù
不堪入耳 bù kān rù ěr
不堪回首 bù kān huí shǒu
不壹而三 bù yī ér sān
不复堪命 bù fù kān mìng
不外 bù wài
不大 bù dà
不大方便 bú dà fāng biàn
不大离 bù dà lí
不奈之何 bù nài zhī hé
不好 bù hǎo
不好过 bù hǎo guò
不如 bù rú
不妙 bù miào
不学无识 bù xué wú shí
不宁 bù níng
不宁唯是 bù níng wéi shì
不安 bù ān
不安分 bù ān fèn
不定 bù dìng
不定积分 bù dìng jī fēn
不容 bù róng
不容分说 bù róng fēn shuō
不容置喙 bù róng zhì huì
不容置疑 bù róng zhì yí
不对 bú duì
不对劲 bú duì jìn
不对味儿 bú duì wèi er
不对头 bú duì tóu
不对茬儿 bú duì chá ér
不尽 bù jìn
不屈 bù qū
不屑 bù xiè
不屑一顾 bù xiè yī gù
不屑于 bú xiè yú
不屑教诲 bù xiè jiào huì
不差 bù chà
不差上下 bù chā shàng xià
不差毫发 bù chā háo fà
不常 bù cháng
不干 bù gàn
不干胶 bù gān jiāo
不平 bù píng
不幸 bù xìng
不幸而言中 bù xìng ér yán zhòng
不废江河 bù fèi jiāng hé
不归路 bù guī lù
不当 bù dàng
不当不正 bù dāng bù zhèng
不待 bù dài
不待蓍龟 bù dài shī guī
不徇私情 bù xùn sī qíng
不得 bù dé
不得不 bù dé bù
不得了 bù dé le
不得人心 bù dé rén xīn
不得其死 bù dé qí sǐ
不得劲 bù dé jìn
不得善终 bù dé shàn zhōng
不得开交 bù dé kāi jiāo
不得而知 bù dé ér zhī
不必 bù bì
不忍 bù rěn
不忘故旧 bù wàng gù jiù
不忙不暴 bù máng bù bào
不忮不求 bù zhì bù qiú
不念僧面念佛面 bù niàn sēng miàn niàn fó miàn
不念旧恶 bù niàn jiù è
不忿 bù fèn
不怕 bù pà
不恤 bù xù
不恤人言 bù xù rén yán
不悱不发 bù fěi bù fā
不情之请 bù qíng zhī qǐng
不惜 bù xī
不惜工本 bù xī gōng běn
不愧 bù kuì
不懂装懂 bù dǒng zhuāng dǒng
不成 bù chéng
不成三瓦 bù chéng sān wǎ
不成体统 bù chéng tǐ tǒng
不成器 bù chéng qì
不成才 bù chéng cái
不成文法 bù chéng wén fǎ
不成话 bù chéng huà
不战而胜 bú zhàn ér shèng
不战而降 bú zhàn ér xiáng
不才 bù cái
不打不相识 bù dǎ bù xiāng shí
不打自招 bù dǎ zì zhāo
不扬 bù yáng
不护细行 bù hù xì xíng
不报 bù bào
不拔一毛 bù bá yì máo
不拘 bù jū
不拘细行 bù jū xì xíng
不择生冷 bù zé shēng lěng
不挠不屈 bù náo bù qū
不挠不折 bù náo bù zhé
不揪不采 bù jiū bù cǎi
不摸头 bù mō tóu
不擒二毛 bù qín èr máo
不支 bù zhī
不改其乐 bù gǎi qí lè
不攻自破 bù gōng zì pò
不敌 bù dí
不敢 bù gǎn
不敢为天下先 bù gǎn wéi tiān xià xiān
不敢后人 bù gǎn hòu rén
不敢告劳 bù gǎn gào láo
不敢当 bù gǎn dāng
不敢掠美 bù gǎn lüè měi
不敢自专 bù gǎn zì zhuān
不敢苟同 bù gǎn gǒu tóng
不敢越雷池一步 bù gǎn yuè léi chí yī bù
不敢高攀 bù gǎn gāo pān
不文 bù wén
不文不武 bù wén bù wǔ
不断 bù duàn
不方便 bù fāng biàn
不无 bù wú
不无小补 bù wú xiǎo bǔ
不日 bù rì
不日不月 bù rì bù yuè
不时 bù shí
不明 bù míng
不明不白 bù míng bù bái
不易 bù yì
不易一字 bù yì yī zì
不易之论 bù yì zhī lùn
不是 bú shì
不是冤家不聚头 bù shì yuān jiā bù jù tóu
不是味儿 bú shì wèi ér
不暇 bù xiá
不曾 bù céng
不服 bù fú
不服水土 bù fú shuǐ tǔ
不期 bù qī
不期修古 bù qī xiū gǔ
不期而会 bù qī ér huì
不期而同 bù qī ér tóng
不根之论 bù gēn zhī lùn
不次之迁 bù cì zhī qiān
不正 bù zhèng
不正之风 bù zhèng zhī fēng
不正当竞争 bù zhèng dāng jìng zhēng
不死不活 bù sǐ bù huó
不比 bù bǐ
不毛 bù máo
不毛之地 bù máo zhī dì
不求甚解 bù qiú shèn jiě
不法 bù fǎ
不法古不修今 bù fǎ gǔ bù xiū jīn
不法常可 bù fǎ cháng kě
不测 bù cè
不济 bù jì
不消 bù xiāo
不消说 bù xiāo shuō
不点儿 bù diǎn er
不然 bù rán
不爽 bù shuǎng
不爽毫发 bù shuǎng háo fā
不牧之地 bù mù zhī dì
不犯 bù fàn
不犯着 bù fàn zháo
不独 bù dú
不甘 bù gān
不甘后人 bù gān hòu rén
不甘心 bù gān xīn
不甘雌伏 bù gān cí fú
不甚了了 bù shèn liǎo liǎo
不生不灭 bù shēng bù miè
不用 bù yòng
不用说 bú yòng shuō
不由 bù yóu
不由分说 bù yóu fēn shuō
不由得 bù yóu de
不由自主 bù yóu zì zhǔ
不留余地 bù liú yú dì
不瘟不火 bù wēn bù huǒ
不登大雅 bù dēng dà yǎ
不直一文 bù zhí yī wén
不相上下 bù xiāng shàng xià
不相干 bù xiāng gān
不相称 bù xiāng chèn
不相闻问 bù xiāng wén wèn
不省人事 bù xǐng rén shì
不看僧面看佛面 bù kàn sēng miàn kàn fó miàn
不着疼热 bù zhuó téng rè
不着边际 bù zhuó biān jì
不矜细行 bù jīn xì xíng
不知凡几 bù zhī fán jǐ
不知天高地厚 bù zhī tiān gāo dì hòu
不知寝食 bù zhī qǐn shí
不知就里 bù zhī jiù lǐ
不知所云 bù zhī suǒ yún
不知所以 bù zhī suǒ yǐ
不知所出 bù zhī suǒ chū
不知所可 bù zhī suǒ kě
不知所终 bù zhī suǒ zhōng
不知所言 bù zhī suǒ yán
不知死活 bù zhī sǐ huó
不知深浅 bù zhī shēn qiǎn
不知甘苦 bù zhī gān kǔ
不知肉味 bù zhī ròu wèi
不知自爱 bù zhī zì ài
不知自量 bù zhī zì liàng
不知起倒 bù zhī qǐ dǎo
不知轻重 bù zhī qīng zhòng
不知进退 bù zhī jìn tuì
不知颠倒 bù zhī diān dǎo
不知高下 bù zhī gāo xià
不破不立 bú pò bú lì
不碍 bù ài
不禁 bù jīn
不立文字 bù lì wén zì
不等 bù děng
不等价交换 bù děng jià jiāo huàn
不管 bù guǎn
不管一二 bù guǎn yī èr
不管三七二十一 bù guǎn sān qī èr shí yī
不管不顾 bù guǎn bù gù
不粘锅 bù nián guō
不约而同 bù yuē ér tóng
不纯 bù chún
不经世故 bù jīng shì gù
不经之语 bù jīng zhī yǔ
不经之说 bù jīng zhī shuō
不结盟国家 bù jié méng guó jiā
不结盟运动 bù jié méng yùn dòng
不绝于耳 bù jué yú ěr
不绝如发 bù jué rú fà
不置可否 bù zhì kě fǒu
不羁 bù jī
不羁之才 bù jī zhī cái
不羁之民 bù jī zhī mín
不羞当面 bù xiū dāng miàn
不習水土 bù xí shuǐ tǔ
不翼而飞 bù yì ér fēi
不耻 bù chǐ
不耻下问 bù chǐ xià wèn
不耻最后 bù chǐ zuì hòu
不肯 bù kěn
不胜 bù shèng
不胜其苦 bù shèng qí kǔ
不胜杯杓 bù shèng bēi sháo
不胜桮杓 bù shèng bēi sháo
不胫而走 bù jìng ér zǒu
不能 bù néng
不能不 bù néng bù
不能自拔 bù néng zì bá
不臣之心 bù chén zhī xīn
不自在 bù zì zài
不自量 bù zì liàng
不自量力 bù zì liàng lì
不至于 bù zhì yú
不舍 bù shě
不舍昼夜 bù shě zhòu yè
不舞之鹤 bù wǔ zhī hè
不良 bù liáng
不苟 bù gǒu
不蔓不支 bù màn bù zhī
不蔓不枝 bù màn bù zhī
不虚此行 bù xū cǐ xíng
不行 bù xíng
不衫不履 bù shān bù lǚ
不见 bú jiàn
不见了 bú jiàn le
不见天日 bù jiàn tiān rì
不见得 bú jiàn de
不见经传 bù jiàn jīng zhuàn
不解 bù jiě
不解之仇 bù jiě zhī chóu
不言不语 bù yán bù yǔ
不言而信 bù yán ér xìn
不计 bù jì
不计其数 bù jì qí shù
不计得失 bú jì dé shī
不记前仇 bù jì qián chóu
不记得 bú jì dé
不讳 bù huì
不讳之朝 bù huì zhī cháo
不讳之路 bù huì zhī lù
不讳之门 bù huì zhī mén
不论 bù lùn
不论如何 bú lùn rú hé
不识不知 bù shí bù zhī
不识东家 bù shí dōng jiā
不识之无 bù shí zhī wú
不识局面 bù shí jú miàn
不识庐山真面目 bù shí lú shān zhēn miàn mù
不识泰山 bù shí tài shān
不识起倒 bù shí qǐ dǎo
不该 bù gāi
不谋而合 bù móu ér hé
不谋而同 bù móu ér tóng
不象 bù xiàng
不象话 bù xiàng huà
不败之地 bù bài zhī dì
不贪为宝 bù tān wéi bǎo
不赏之功 bù shǎng zhī gōng
不起 bù qǐ
不足 bù zú
不足为凭 bù zú wéi píng
不足为外人道 bù zú wéi wài rén dào
不足为奇 bù zú wéi qí
不足为法 bù zú wéi fǎ
不足取 bù zú qǔ
不足挂齿 bù zú guà chǐ
不足轻重 bù zú qīng zhòng
不足道 bù zú dào
不足齿数 bù zú chǐ shǔ
不辞 bù cí
不辞劳苦 bù cí láo kǔ
不辞而别 bù cí ér bié
不辟斧钺 bù bì fǔ yuè
不辱使命 bù rǔ shǐ mìng
不过 bù guò
不近人情 bù jìn rén qíng
不进则退 bù jìn zé tuì
不远万里 bù yuǎn wàn lǐ
不远千里 bù yuǎn qiān lǐ
不违农时 bù wéi nóng shí
不迭 bù dié
不追既往 bù zhuī jì wǎng
不适 bù shì
不适合 bú shì hé
不透明 bú tòu míng
不通 bù tōng
不通水火 bù tōng shuǐ huǒ
不遇 bù yù
不遑 bù huáng
不遑暇食 bù huáng xiá shí
不道德 bù dào dé
不遗寸长 bù yí cùn cháng
不遗巨细 bù yí jù xì
不避 bù bì
不避水火 bù bì shuǐ huǒ
不避汤火 bù bì tāng huǒ
不郎不秀 bù láng bù xiù
不配 bù pèi
不问 bù wèn
不问事实真相 bú wèn shì shí zhēn xiàng
不问年龄大小 bú wèn nián líng dà xiǎo
不问是非曲直 bú wèn shì fēi qū zhí
不问皂白 bù wèn zào bái
不问青红皂白 bù wèn qīng hóng zào bái
不闻不问 bù wén bù wèn
不雅 bù yǎ
不露圭角 bù lù guī jiǎo
不露声色 bù lù shēng sè
不露形色 bù lù xíng sè
不露神色 bù lù shén sè
不顾 bù gù
不顾一切 bù gù yī qiè
不顾前后 bù gù qián hòu
不顾死活 bù gù sǐ huó
不食之地 bù shí zhī dì
不食烟火 bù shí yān huǒ
不饥不寒 bù jī bù hán
不齐 bù qí
不齿 bù chǐ
不齿于人 bù chǐ yú rén
与世俯仰 yǔ shì fǔ yǎng
与世偃仰 yǔ shì yǎn yǎng
与世推移 yǔ shì tuī yí
与世无争 yǔ shì wú zhēng
与世沉浮 yǔ shì chén fú
与世浮沉 yǔ shì fú chén
与世长辞 yǔ shì cháng cí
与世隔绝 yǔ shì gé jué
与人为善 yǔ rén wéi shàn
与众不同 yǔ zhòng bù tóng
与会 yù huì
与时偕行 yǔ shí xié xíng
与时推移 yǔ shí tuī yí
与此相反 yǔ cǐ xiāng fǎn
与民同乐 yǔ mín tóng lè
与物无竞 yǔ wù wú jìng
与赛 yù sài
与门 yǔ mén
丑媳妇总得见公婆 chǒu xí fù zǒng de jiàn gōng pó
丑态毕露 chǒu tài bì lù
丑恶 chǒu è
丑星 chǒu xīng
丑相 chǒu xiàng
丑行 chǒu xíng
丑角 chǒu jué
专业银行 zhuān yè yín háng
专供 zhuān gōng
专区 zhuān qū
专家 zhuān jiā
专差 zhuān chāi
专指 zhuān zhǐ
专有 zhuān yǒu
专栏作家 zhuān lán zuò jiā
专欲难成 zhuān yù nán chéng
专科学校 zhuān kē xué xiào
专科生 zhuān kē shēng
专论 zhuān lùn
专车 zhuān chē
专长 zhuān cháng
专门家 zhuān mén jiā
且末 qiě mò
且说 qiě shuō
且食蛤蜊 qiě shí há lí
世上 shì shàng
世亲 shì qīn
世仇 shì chóu
世传 shì chuán
世俗之见 shì sú zhī jiàn
世家 shì jiā
世掌丝纶 shì zhǎng sī lún
世济其美 shì jì qí měi
世界大学生运动会 shì jiè dà xué shēng yùn dòng huì
世界语 shì jiè yǔ
世系 shì xì
世纪 shì jì
世纪末 shì jì mò
世间 shì jiān
世风 shì fēng
世风日下 shì fēng rì xià
丙纶 bǐng lún
业内 yè nèi
业大 yè dà
丛雀渊鱼 cóng què yuān yú
东三省 dōng sān shěng
东倒西歪 dōng dǎo xī wāi
东劳西燕 dōng láo xī yàn
东北 dōng běi
东区 dōng qū
东华 dōng huá
东南 dōng nán
东南之宝 dōng nán zhī bǎo
东南之秀 dōng nán zhī xiù
东南之美 dōng nán zhī měi
东南雀飞 dōng nán què fēi
东头 dōng tóu
东奔西走 dōng bēn xī zǒu
东奔西跑 dōng bēn xī pǎo
东家 dōng jiā
东家西舍 dōng jiā xī shè
东市朝衣 dōng shì cháo yī
东床择对 dōng chuáng zé duì
东扯西拉 dōng chě xī lā
东扯西拽 dōng chě xī zhuāi
东扶西倒 dōng fú xī dǎo
东拉西扯 dōng lā xī chě
东方将白 dōng fāng jiāng bái
东横西倒 dōng héng xī dǎo
东歪西倒 dōng wāi xī dǎo
东洋大海 dōng yáng dà hǎi
东洋车 dōng yáng chē
东流西上 dōng liú xī shàng
东流西落 dōng liú xī luò
东涂西抹 dōng tú xī mǒ
东渐于海 dōng jiān yú hǎi
东猜西揣 dōng cāi xī chuāi
东猜西疑 dōng cāi xī yí
东窗事发 dōng chuāng shì fā
东箭南金 dōng jiàn nán jīn
东莞 dōng guǎn
东西南北 dōng xī nán běi
东观续史 dōng guān xù shǐ
东谈西说 dōng tán xī shuō
东跑西颠 dōng pǎo xī diān
东踅西倒 dōng xué xī dǎo
东躲西藏 dōng duǒ xī cáng
东躲西跑 dōng duǒ xī pǎo
东量西折 dōng liàng xī shé
东阿 dōng ē
东零西落 dōng líng xī luò
东风 dōng fēng
东风人面 dōng fēng rén miàn
东风化雨 dōng fēng huà yǔ
东风压倒西风 dōng fēng yā dǎo xī fēng
东风吹马耳 dōng fēng chuī mǎ ěr
东风射马耳 dōng fēng shè mǎ ěr
东风过耳 dōng fēng guò ěr
东风马耳 dōng fēng mǎ ěr
东飘西泊 dōng piāo xī bó
东食西宿 dōng shí xī sù
东鳞西爪 dōng lín xī zhǎo
东鸣西应 dōng míng xī yīng
丝发之功 sī fā zhī gōng
丝瓜络 sī guā luò
丝织 sī zhī
丝织品 sī zhī pǐn
丞相 chéng xiàng
丢三拉四 diū sān lā sì
丢三落四 diū sān là sì
丢下耙儿弄扫帚 diū xià pá er nòng sào zhǒu
丢卒保车 diū zú bǎo jū
两世为人 liǎng shì wéi rén
两侧 liǎng cè
两便 liǎng biàn
两全其美 liǎng quán qí měi
两分法 liǎng fēn fǎ
两可 liǎng kě
两叶掩目 liǎng yè yǎn mù
两地 liǎng dì
两头 liǎng tóu
两头三面 liǎng tóu sān miàn
两头和番 liǎng tóu hé fān
两头白面 liǎng tóu bái miàn
两头蛇 liǎng tóu shé
两广 liǎng guǎng
两当 liǎng dāng
两性关系 liǎng xìng guān xì
两手空空 liǎng shǒu kōng kōng
两栖 liǎng qī
两栖类 liǎng qī lèi
两次三番 liǎng cì sān fān
两点论 liǎng diǎn lùn
两用人才 liǎng yòng rén cái
两耳塞豆 liǎng ěr sāi dòu
两肋插刀 liǎng lèi chā dāo
两脚居间 liǎng jiǎo jū jiān
两虎相斗 liǎng hǔ xiāng dòu
两袖清风 liǎng xiù qīng fēng
两豆塞耳 liǎng dòu sāi ěr
两边倒 liǎng biān dǎo
两重天 liǎng chóng tiān
两雄不并立 liǎng xióng bù bìng lì
严查 yán chá
严正 yán zhèng
严父 yán fù
严肃音乐 yán sù yīn yuè
严重 yán zhòng
丧乱 sāng luàn
丧命 sàng mìng
丧失 sàng shī
丧失殆尽 sàng shī dài jìn
丧家 sāng jiā
丧尽天良 sàng jìn tiān liáng
丧师辱国 sàng shī rǔ guó
丧明之痛 sàng míng zhī tòng
丧权 sàng quán
丧权辱国 sàng quán rǔ guó
丧气 sàng qì
丧气话 sàng qì huà
丧生 sàng shēng
丧礼 sāng lǐ
丧胆 sàng dǎn
丧胆亡魂 sàng dǎn wáng hún
丧胆游魂 sàng dǎn yóu hún
丧胆销魂 sàng dǎn xiāo hún
丧身 sàng shēn
丧门 sàng mén
丧门星 sāng mén xīng
丧门神 sàng mén shén
个中 gè zhōng
个中滋味 gè zhōng zī wèi
个人 gè rén
个人主义 gè rén zhǔ yì
个儿 gè ér
个别 gè bié
个头 gè tóu
个头儿 gè tou er
个旧 gè jiù
丫头 yā tou
中上层 zhōng shàng céng
中下游 zhōng xià yóu
中专生 zhōng zhuān shēng
中东 zhōng dōng
中介人 zhōng jiè rén
中伏 zhōng fú
中共 zhōng gòng
中共中央 zhōng gòng zhōng yāng
中冓之言 zhōng gòu zhī yán
中分 zhōng fēn
中华 zhōng huá
中华人民共和国 zhōng huá rén mín gòng hé guó
中华民国 zhōng huá mín guó
中卷 zhōng juàn
中原逐鹿 zhōng yuán zhú lù
中古 zhōng gǔ
中和 zhōng hé
中国 zhōng guó
中国人 zhōng guó rén
中国人民解放军 zhōng guó rén mín jiě fàng jūn
中国共产党 zhōng guó gòng chǎn dǎng
中国农业银行 zhōng guó nóng yè yín háng
中国农工民主党 zhōng guó nóng gōng mín zhǔ dǎng
中国字 zhōng guó zì
中国工人 zhōng guó gōng rén
中国工农红军 zhōng guó gōng nóng hóng jūn
中国民主促进会 zhōng guó mín zhǔ cù jìn huì
中国海 zhōng guó hǎi
中国画 zhōng guó huà
中国福利会 zhōng guó fú lì huì
中国致公党 zhōng guó zhì gōng dǎng
中国话 zhōng guó huà
中国象棋 zhōng guó xiàng qí
中国通 zhōng guó tōng
中外合璧 zhōng wài hé bì
中封 zhōng fēng
中将 zhōng jiàng
中层 zhōng céng
中度 zhōng dù
中庸之道 zhōng yōng zhī dào
中弹 zhòng dàn
中心摇摇 zhōng xīn yáo yáo
中招 zhòng zhāo
中断 zhōng duàn
中方 zhōng fāng
中晚期 zhōng wǎn qī
中标 zhòng biāo
中法 zhōng fǎ
中波 zhōng bō
中点 zhōng diǎn
中牟 zhōng mù
中的 zhōng de
中耳 zhōng ěr
中药材 zhōng yào cái
中行 zhōng háng
中表 zhōng biǎo
中西合璧 zhōng xī hé bì
中计 zhòng jì
中道 zhōng dào
中都 zhōng dū
中长 zhōng cháng
中长期 zhōng cháng qī
中长跑 zhōng cháng pǎo
中非 zhōng fēi
中风 zhòng fēng
中餐 zhōng cān
中饱 zhōng bǎo
中馈乏人 zhōng kuì fá rén
中黄 zhōng huáng
丰亨豫大 fēng hēng yù dà
丰功硕德 fēng gōng shuò dé
丰姿冶丽 fēng zī yě lì
丰富多采 fēng fù duō cǎi
丰屋之过 fēng wū zhī guò
丰屋蔀家 fēng wū bù jiā
丰盛 fēng shèng
丰硕 fēng shuò
丰肌弱骨 fēng jī ruò gǔ
丰肌秀骨 fēng jī xiù gǔ
丰草长林 fēng cǎo cháng lín
丰衣足食 fēng yī zú shí
丰采 fēng cǎi
串供 chuàn gòng
串味儿 chuàn wèi er
临了 lín liǎo
临别 lín bié
临别赠言 lín bié zèng yán
临别赠语 lín bié zèng yǔ
临危不顾 lín wēi bù gù
临头 lín tóu
临崖勒马 lín yá lè mǎ
临敌易将 lín dí yì jiàng
临时抱佛脚 lín shí bào fó jiǎo
临朝 lín cháo
临机应变 lín jī yìng biàn
临深履薄 lín shēn lǚ bó
临潼斗宝 lín tóng dòu bǎo
临界角 lín jiè jiǎo
临空 lín kōng
临行 lín xíng
临阵磨刀 lín zhèn mó dāo
临难 lín nàn
临难不恐 lín nàn bù kǒng
临难苟免 lín nàn gǒu miǎn
临难铸兵 lín nàn zhù bīng
临风 lín fēng
临风对月 lín fēng duì yuè
丸散膏丹 wán sàn gāo dān
丸泥封关 wán ní fēng guān
丹之所藏者赤 dān zhī suǒ cáng zhě chì
丹凤朝阳 dān fèng cháo yáng
丹参 dān shēn
丹心碧血 dān xīn bì xuè
为丛驱雀 wèi cóng qū què
为主 wéi zhǔ
为之语塞 wéi zhī yǔ sè
为了 wèi le
为五斗米折腰 wèi wǔ dǒu mǐ zhé yāo
为人 wéi rén
为人师表 wéi rén shī biǎo
为仁不富 wéi rén bù fù
为何 wèi hé
为善最乐 wéi shàn zuì lè
为国为民 wèi guó wèi mín
为国捐躯 wèi guó juān qū
为小失大 wèi xiǎo shī dà
为德不终 wéi dé bù zhōng
为数 wéi shù
为时 wéi shí
为期 wéi qī
为民请命 wèi mín qǐng mìng
为渊驱鱼 wèi yuān qū yú
为生 wéi shēng
为着 wèi zhe
为非作恶 wéi fēi zuò è
为饥寒所迫 wéi jī hán suǒ pò
为首 wéi shǒu
主上 zhǔ shàng
主人家 zhǔ rén jiā
主从 zhǔ cóng
主动脉 zhǔ dòng mài
主句 zhǔ jù
主婚人 zhǔ hūn rén
主客颠倒 zhǔ kè diān dǎo
主家 zhǔ jiā
主将 zhǔ jiàng
主少国疑 zhǔ shào guó yí
主干 zhǔ gàn
主心骨 zhǔ xīn gǔ
主打 zhǔ dǎ
主攻手 zhǔ gōng shǒu
主枝 zhǔ zhī
主河道 zhǔ hé dào
主治医生 zhǔ zhì yī shēng
主渠道 zhǔ qú dào
主见 zhǔ jiàn
主观 zhǔ guān
主观主义 zhǔ guān zhǔ yì
主观唯心主义 zhǔ guān wéi xīn zhǔ yì
主角 zhǔ jué
主语 zhǔ yǔ
主调 zhǔ diào
主食 zhǔ shí
丽人 lì rén
丽日 lì rì
丽水 lí shuǐ
丽质 lì zhì
丽都 lì dū
举世皆知 jǔ shì jiē zhī
举十知九 jǔ shí zhī jiǔ
举发 jǔ fā
举国上下 jǔ guó shàng xià
举家 jǔ jiā
举手礼 jǔ shǒu lǐ
举措不当 jǔ cuò bù dàng
举措失当 jǔ cuò shī dàng
举棋不定 jǔ qí bù dìng
举棋若定 jǔ qí ruò dìng
举止大方 jǔ zhǐ dà fāng
举步生风 jǔ bù shēng fēng
举目无亲 jǔ mù wú qīn
举行 jǔ xíng
举要 jǔ yào
举要删芜 jǔ yào shān wú
举贤任能 jǔ xián rèn néng
举贤使能 jǔ xián shǐ néng
举足轻重 jǔ zú qīng zhòng
举重 jǔ zhòng
举重若轻 jǔ zhòng ruò qīng
乃至于 nǎi zhì yú
久久不忘 jiǔ jiǔ bù wàng
久仰 jiǔ yǎng
久假不归 jiǔ jiǎ bù guī
久别 jiǔ bié
久别重逢 jiǔ bié chóng féng
久安长治 jiǔ ān cháng zhì
久旱逢甘雨 jiǔ hàn féng gān yǔ
久经风霜 jiǔ jīng fēng shuāng
久要不忘 jiǔ yāo bù wàng
久负盛名 jiǔ fù shèng míng
久长 jiǔ cháng
久闻大名 jiǔ wén dà míng
义不反顾 yì bù fǎn gù
义不生财 yì bù shēng cái
义务兵 yì wù bīng
义务工 yì wù gōng
义女 yì nǚ
义愤填胸 yì fèn tián xiōng
义气相投 yì qì xiāng tóu
义薄云天 yì bó yún tiān
义行 yì xíng
义重恩深 yì zhòng ēn shēn
之首 zhī shǒu
乌压压 wū yā yā
乌合之众 wū hé zhī zhòng
乌天黑地 wū tiān hēi dì
乌头 wū tóu
乌头白马生角 wū tóu bái mǎ shēng jiǎo
乌头马角 wū tóu mǎ jiǎo
乌拉 wū lā
乌拉尔山脉 wū la ěr shān mài
乌拉草 wū la cǎo
乌有 wū yǒu
乌有先生 wū yǒu xiān shēng
乌梢蛇 wū shāo shé
乌白马角 wū bái mǎ jiǎo
乌苏里江 wū sū lǐ jiāng
乌骨鸡 wū gǔ jī
乌龟 wū guī
乍暖还寒 zhà nuǎn huán hán
乏累 fá lèi
乐不可支 lè bù kě zhī
乐不可言 lè bù kě yán
乐业 lè yè
乐业安居 lè yè ān jū
乐事 lè shì
乐事劝功 lè shì quàn gōng
乐于 lè yú
乐亭 lào tíng
乐亭县 lào tíng xiàn
乐儿 lè ér
乐句 lè jù
乐呵呵 lè hē hē
乐善不倦 lè shàn bù juàn
乐善好义 lè shàn hào yì
乐器 yuè qì
乐团 yuè tuán
乐土 lè tǔ
乐在其中 lè zài qí zhōng
乐坛 yuè tán
乐天 lè tiān
乐天任命 lè tiān rèn mìng
乐天安命 lè tiān ān mìng
乐天知命 lè tiān zhī mìng
乐官 yuè guān
乐尽哀生 lè jìn āi shēng
乐尽悲来 lè jìn bēi lái
乐山 lè shān
乐山乐水 lè shān lè shuǐ
乐山爱水 lè shān ài shuǐ
乐工 yuè gōng
乐师 yuè shī
乐府 yuè fǔ
乐府诗 yuè fǔ shī
乐往哀来 lè wǎng āi lái
乐律 yuè lǜ
乐得 lè dé
乐感 yuè gǎn
乐成人美 lè chéng rén měi
乐户 yuè hù
乐手 yuè shǒu
乐新厌旧 lè xīn yàn jiù
乐曲 yuè qǔ
乐极则悲 lè jí zé bēi
乐极哀来 lè jí āi lái
乐极悲来 lè jí bēi lái
乐极悲生 lè jí bēi shēng
乐极生哀 lè jí shēng āi
乐极生悲 lè jí shēng bēi
乐歌 yuè gē
乐此不倦 lè cǐ bù juàn
乐此不疲 lè cǐ bù pí
乐毅 yuè yì
乐池 yuè chí
乐清 yuè qīng
乐理 yuè lǐ
乐章 yuè zhāng
乐而不厌 lè ér bù yàn
乐而忘死 lè ér wàng sǐ
乐而忘返 lè ér wàng fǎn
乐舞 yuè wǔ
乐观 lè guān
乐观主义 lè guān zhǔ yì
乐谱 yuè pǔ
乐迷 yuè mí
乐退安贫 lè tuì ān pín
乐道 lè dào
乐道好古 lè dào hǎo gǔ
乐道安命 lè dào ān mìng
乐道安贫 lè dào ān pín
乐都 lè dū
乐队 yuè duì
乐音 yuè yīn
乐颠颠 lè diān diān
乘乘 chéng chéng
乘云行泥 chéng yún xíng ní
乘伪行诈 chéng wěi xíng zhà
乘便 chéng biàn
乘兴 chéng xìng
乘兴而来 chéng xìng ér lái
乘利席胜 chéng lì xí shèng
乘务长 chéng wù zhǎng
乘坐 chéng zuò
乘坚驱良 chéng jiān qū liáng
乘数 chéng shù
乘方 chéng fāng
乘法 chéng fǎ
乘热打铁 chéng rè dǎ tiě
乘积 chéng jī
乘肥衣轻 chéng féi yì qīng
乘胜 chéng shèng
乘胜追击 chéng shèng zhuī jī
乘胜逐北 chéng shèng zhú běi
乘舆 shèng yú
乘舆播越 chéng yú bō yuè
乘虚 chéng xū
乘虚而入 chéng xū ér rù
乘虚迭出 chéng xū dié chū
乘车 chéng chē
乘间伺隙 chéng jiān sì xì
乘隙 chéng xì
乘隙捣虚 chéng xì dǎo xū
乘隙而入 chéng xì ér rù
乘风 chéng fēng
乘马 chéng mǎ
乘高决水 chéng gāo jué shuǐ
乘鸾跨凤 chéng luán kuà fèng
乘龙配凤 chéng lóng pèi fèng
乜斜缠帐 niè xié chán zhàng
九世之仇 jiǔ shì zhī chóu
九品中正 jiǔ pǐn zhōng zhèng
九垓八埏 jiǔ gāi bā yán
九大行星 jiǔ dà xíng xīng
九天九地 jiǔ tiān jiǔ dì
九天仙女 jiǔ tiān xiān nǚ
九头鸟 jiǔ tóu niǎo
九尾狐 jiǔ wěi hú
九故十亲 jiǔ gù shí qīn
九死一生 jiǔ sǐ yì shēng
九流十家 jiǔ liú shí jiā
九流百家 jiǔ liú bǎi jiā
九牛一毛 jiǔ niú yì máo
九牛拉不转 jiǔ niú lā bù zhuàn
九行八业 jiǔ háng bā yè
九转功成 jiǔ zhuǎn gōng chéng
九重 jiǔ chóng
九重关 jiǔ chóng guān
九重城 jiǔ chóng chéng
九重墙 jiǔ chóng qiáng
九重天 jiǔ chóng tiān
九重宫 jiǔ chóng gōng
九重泉 jiǔ chóng quán
九重锁 jiǔ chóng suǒ
九重闺 jiǔ chóng guī
九重阁 jiǔ chóng gé
九重霄 jiǔ chóng xiāo
九鼎不足为重 jiǔ dǐng bù zú wéi zhòng
乞儿乘车 qǐ ér chéng chē
乞和 qǐ hé
乞浆得酒 qǐ jiāng dé jiǔ
乞穷俭相 qǐ qióng jiǎn xiāng
乞降 qǐ xiáng
乞食 qǐ shí
也好 yě hǎo
也是 yě shì
习与性成 xí yǔ xìng chéng
习好 xí hǎo
习惯于 xí guàn yú
习见 xí jiàn
乡亲 xiāng qīn
乡巴佬儿 xiāng bā lǎo er
乡长 xiāng cháng
乡间 xiāng jiān
书不尽言 shū bù jìn yán
书不释手 shū bù shì shǒu
书信 shū xìn
书卷 shū juàn
书家 shū jiā
书归正传 shū guī zhèng zhuàn
书摊儿 shū tān er
书生之见 shū shēng zhī jiàn
书缺有间 shū quē yǒu jiàn
书背 shū bèi
书论 shū lùn
书读五车 shū dú wǔ chē
书面语 shū miàn yǔ
书香世家 shū xiāng shì jiā
书香人家 shū xiāng rén jiā
买上告下 mǎi shàng gào xià
买上嘱下 mǎi shàng zhǔ xià
买好 mǎi hǎo
买家 mǎi jiā
买椟还珠 mǎi dú huán zhū
买王得羊 mǎi wáng dé yáng
买空卖空 mǎi kōng mài kōng
买铁思金 mǎi tiě sī jīn
乱发 luàn fà
乱弹 luàn tán
乱弹琴 luàn tán qín
乱打 luàn dǎ
乱箭攒心 luàn jiàn cuán xīn
乱语胡言 luàn yǔ hú yán
乱说 luàn shuō
乳头 rǔ tóu
乳燕 rǔ yàn
乳糜 rǔ mí
乳臭 rǔ xiù
乳臭未干 rǔ xiù wèi gān
乳臭未除 rǔ chòu wèi chú
了不可见 liǎo bù kě jiàn
了不得 liǎo bù dé
了不起 liǎo bù qǐ
了不长进 liǎo bù zhǎng jìn
了了 liǎo liǎo
了了可见 liǎo liǎo kě jiàn
了事 liǎo shì
了却 liǎo què
了如指掌 liǎo rú zhǐ zhǎng
了局 liǎo jú
了当 liǎo dàng
了得 liǎo de
了悟 liǎo wù
了断 liǎo duàn
了无 liǎo wú
了无惧色 liǎo wú jù sè
了望台 liào wàng tái
了然 liǎo rán
了然于胸 liǎo rán yú xiōng
了然无闻 liǎo rán wú wén
了结 liǎo jié
了若指掌 liǎo ruò zhǐ zhǎng
了解 liǎo jiě
了账 liǎo zhàng
了身脱命 liǎo shēn tuō mìng
了身达命 liǎo shēn dá mìng
予以 yǔ yǐ
予取予求 yú qǔ yú qiú
予智予雄 yú zhì yú xióng
予齿去角 yǔ chǐ qù jiǎo
争上游 zhēng shàng yóu
争强 zhēng qiáng
争强好胜 zhēng qiáng hào shèng
争强斗胜 zhēng qiáng dòu shèng
争强显胜 zhēng qiáng xiǎn shèng
争得 zhēng de
争斗 zhēng dòu
争斤论两 zhēng jīn lùn liǎng
争猫丢牛 zhēng māo diū niú
争短论长 zhēng duǎn lùn cháng
争论 zhēng lùn
争长竞短 zhēng cháng jìng duǎn
争长论短 zhēng cháng lùn duǎn
争鸡失羊 zhēng jī shī yáng
事不师古 shì bù shī gǔ
事不有余 shì bù yǒu yú
事不过三 shì bù guò sān
事体 shì tǐ
事在必行 shì zài bì xíng
事实上 shì shí shàng
事必躬亲 shì bì gōng qīn
事无三不成 shì wú sān bù chéng
事无大小 shì wú dà xiǎo
事核言直 shì hé yán zhí
事过境迁 shì guò jìng qiān
事过情迁 shì guò qíng qiān
事过景迁 shì guò jǐng qiān
二七大罢工 èr qī dà bà gōng
二万五千里长征 èr wàn wǔ qiān lǐ cháng zhēng
二三其德 èr sān qí dé
二人转 èr rén zhuàn
二传手 èr chuán shǒu
二元论 èr yuán lùn
二分 èr fēn
二分明月 èr fēn míng yuè
二十八宿 èr shí bā xiù
二地主 èr dì zhǔ
二姓之好 èr xìng zhī hǎo
二把刀 èr bǎ dāo
二把手 èr bǎ shǒu
二次能源 èr cì néng yuán
二者不可得兼 èr zhě bù kě dé jiān
二话不说 èr huà bù shuō
二话没说 èr huà méi shuō
二重 èr chóng
二重唱 èr chóng chàng
二重奏 èr chóng zòu
二重性 èr chóng xìng
二重根 èr chóng gēn
二锅头 èr guō tóu
二面角 èr miàn jiǎo
二龙戏珠 èr lóng xì zhū
于家为国 yú jiā wéi guó
于思 yú sāi
于飞之乐 yú fēi zhī lè
亏得 kuī de
亏心短行 kuī xīn duǎn xíng
亏折 kuī zhé
亏空 kuī kōng
亏累 kuī lěi
云中仙鹤 yún zhōng xiān hè
云中白鹤 yún zhōng bái hè
云交雨合 yún jiāo yǔ hé
云兴霞蔚 yún xīng xiá wèi
云净天空 yún jìng tiān kōng
云南 yún nán
云合响应 yún hé xiǎng yìng
云合景从 yún hé jǐng cóng
云和 yún hé
云堦月地 yún jiē yuè dì
云天雾地 yún tiān wù dì
云头 yún tóu
云屯席卷 yún tún xí juǎn
云屯森立 yún tún sēn lì
云屯蚁聚 yún tún yǐ jù
云开见天 yún kāi jiàn tiān
云开见日 yún kāi jiàn rì
云扰幅裂 yún rǎo fú liè
云散 yún sàn
云散风流 yún sàn fēng liú
云朝雨暮 yún zhāo yǔ mù
云期雨信 yún qī yǔ xìn
云泥之别 yún ní zhī bié
云泥之差 yún ní zhī chā
云泥异路 yún ní yì lù
云泥殊路 yún ní shū lù
云涌 yún yǒng
云涌风飞 yún yǒng fēng fēi
云涌飙发 yún yǒng biāo fā
云淡风轻 yún dàn fēng qīng
云程万里 yún chéng wàn lǐ
云窗雾槛 yún chuāng wù jiàn
云翻雨覆 yún fān yǔ fù
云舒霞卷 yún shū xiá juǎn
云过天空 yún guò tiān kōng
云量 yún liàng
云阶月地 yún jiē yuè dì
云雀 yún què
云集响应 yún jí xiǎng yìng
云集景从 yún jí jǐng cóng
云集景附 yún jí jǐng fù
云雨 yún yǔ
云雨巫山 yún yǔ wū shān
云雾迷蒙 yún wù mí méng
云飞泥沉 yún fēi ní chén
互为 hù wéi
互为表里 hù wéi biǎo lǐ
互惠互利 hù huì hù lì
互敬互爱 hù jìng hù ài
互爱 hù ài
互相 hù xiāng
互见 hù jiàn
互通有无 hù tōng yǒu wú
五体投地 wǔ tǐ tóu dì
五体投诚 wǔ tǐ tóu chéng
五内 wǔ nèi
五冬六夏 wǔ dōng liù xià
五分 wǔ fēn
五华 wǔ huá
五台 wǔ tái
五台山 wǔ tái shān
五斗折腰 wǔ dǒu zhé yāo
五更 wǔ gēng
五更天 wǔ gēng tiān
五男二女 wǔ nán èr nǚ
五积六受 wǔ jī liù shòu
五经扫地 wǔ jīng sǎo dì
五羊 wǔ yáng
五胡十六国 wǔ hú shí liù guó
五蕴皆空 wǔ yùn jiē kōng
五藏六府 wǔ zàng liù fǔ
五行 wǔ xíng
五行俱下 wǔ xíng jù xià
五行八作 wǔ háng bā zuō
五行并下 wǔ háng bìng xià
五行生克 wǔ xíng shēng kè
五角六张 wǔ jiǎo liù zhāng
五言绝句 wǔ yán jué jù
五言长城 wǔ yán cháng chéng
五谷不分 wǔ gǔ bù fēn
五谷杂粮 wǔ gǔ zá liáng
五里雾中 wǔ lǐ wù zhōng
五金行 wǔ jīn háng
五雀六燕 wǔ què liù yàn
五零二落 wǔ líng èr luò
五雷轰顶 wǔ léi hōng dǐng
五颜六色 wǔ yán liù sè
五风十雨 wǔ fēng shí yǔ
五马分尸 wǔ mǎ fēn shī
五黄六月 wǔ huáng liù yuè
井中求火 jǐng zhōng qiú huǒ
井中视星 jǐng zhōng shì xīng
井井有方 jǐng jǐng yǒu fāng
井井有法 jǐng jǐng yǒu fǎ
井喷 jǐng pēn
井底 jǐng dǐ
井底虾蟆 jǐng dǐ xiā má
井水不犯河水 jǐng shuǐ bù fàn hé shuǐ
井渫不食 jǐng xiè bù shí
井渫莫食 jǐng xiè mò shí
井蛙之见 jǐng wā zhī jiàn
亘古不灭 gèn gǔ bù miè
亘古未有 gèn gǔ wèi yǒu
亚于 yà yú
亚太地区 yà tài dì qū
亚当 yà dāng
亚得里亚海 yà de lǐ yà hǎi
亚肩叠背 yà jiān dié bèi
亚肩迭背 yà jiān dié bèi
亚非拉 yà fēi lā
亚马孙河 yà mǎ sūn hé
些小 xiē xiǎo
些微 xiē wēi
亡不待夕 wáng bù dài xī
亡党 wáng dǎng
亡可奈何 wáng kě nài hé
亡命 wáng mìng
亡国 wáng guó
亡国之器 wáng guó zhī qì
亡国之声 wáng guó zhī shēng
亡国之音 wáng guó zhī yīn
亡国破家 wáng guó pò jiā
亡失 wáng shī
亡故 wáng gù
亡猿灾木 wáng yuán zāi mù
亡猿祸木 wáng yuán huò mù
亡羊得牛 wáng yáng dé niú
亡羊补牢 wáng yáng bǔ láo
亡魂 wáng hún
交会 jiāo huì
交卷 jiāo juàn
交叉 jiāo chā
交叉点 jiāo chā diǎn
交口同声 jiāo kǒu tóng shēng
交合 jiāo hé
交响乐 jiāo xiǎng yuè
交响诗 jiāo xiǎng shī
交头互耳 jiāo tóu hù ěr
交头接耳 jiāo tóu jiē ěr
交好 jiāo hǎo
交差 jiāo chāi
交恶 jiāo wù
交汇点 jiāo huì diǎn
交浅言深 jiāo qiǎn yán shēn
交淡若水 jiāo dàn ruò shuǐ
交电 jiāo diàn
交白卷 jiāo bái juàn
交相 jiāo xiāng
交结 jiāo jié
交给 jiāo gěi
交臂 jiāo bì
交臂历指 jiāo bì lì zhǐ
交臂相失 jiāo bì xiāng shī
交行 jiāo háng
交角 jiāo jiǎo
交还 jiāo huán
交迫 jiāo pò
交通梗塞 jiāo tōng gěng sè
交通车 jiāo tōng chē
交通量 jiāo tōng liàng
交颈并头 jiāo jǐng bìng tóu
产品质量 chǎn pǐn zhì liàng
产地 chǎn dì
产成品 chǎn chéng pǐn
产期 chǎn qī
产褥期 chǎn rù qī
产量 chǎn liàng
亨嘉之会 hēng jiā zhī huì
亨通 hēng tōng
享乐 xiǎng lè
享乐主义 xiǎng lè zhǔ yì
享有 xiǎng yǒu
京华 jīng huá
京味儿 jīng wèi er
京广铁路 jīng guǎng tiě lù
京都 jīng dū
京韵大鼓 jīng yùn dà gǔ
亭子 tíng zi
亭子间 tíng zi jiān
亭长 tíng zhǎng
亮分 liàng fēn
亮度 liàng dù
亮相 liàng xiàng
亲上做亲 qīn shàng zuò qīn
亲上成亲 qīn shàng chéng qīn
亲临 qīn lín
亲亲 qīn qīn
亲人 qīn rén
亲信 qīn xìn
亲兵 qīn bīng
亲冒矢石 qīn mào shǐ shí
亲切 qīn qiè
亲口 qīn kǒu
亲和 qīn hé
亲善 qīn shàn
亲嘴 qīn zuǐ
亲如手足 qīn rú shǒu zú
亲如骨肉 qīn rú gǔ ròu
亲家 qìng jia
亲家公 qìng jia gōng
亲家母 qìng jia mǔ
亲密 qīn mì
亲密无间 qīn mì wú jiàn
亲属 qīn shǔ
亲当矢石 qīn dāng shǐ shí
亲情 qīn qíng
亲手 qīn shǒu
亲故 qīn gù
亲本 qīn běn
亲热 qīn rè
亲爱 qīn ài
亲生 qīn shēng
亲疏 qīn shū
亲知 qīn zhī
亲自 qīn zì
亲身 qīn shēn
亲近 qīn jìn
亲随 qīn suí
亲骨肉 qīn gǔ ròu
亹亹不倦 wěi wěi bù juàn
人不可以貌相 rén bù kě yǐ mào xiàng
人不可貌相 rén bù kě mào xiàng
人不聊生 rén bù liáo shēng
人世间 rén shì jiān
人中 rén zhōng
人中之龙 rén zhōng zhī lóng
人为 rén wéi
人事不省 rén shì bù xǐng
人事不知 rén shì bù zhī
人亡家破 rén wáng jiā pò
人亡物在 rén wáng wù zài
人人皆知 rén rén jiē zhī
人以群分 rén yǐ qún fēn
人体 rén tǐ
人体炸弹 rén tǐ zhà dàn
人前人后 rén qián rén hòu
人力车 rén lì chē
人千人万 rén qiān rén wàn
人单势孤 rén dān shì gū
人去楼空 rén qù lóu kōng
人参 rén shēn
人参果 rén shēn guǒ
人口密度 rén kǒu mì dù
人口总数 rén kǒu zǒng shù
人味儿 rén wèi er
人命危浅 rén mìng wēi qiǎn
人和 rén hé
人地生疏 rén dì shēng shū
人大 rén dà
人头 rén tóu
人头税 rén tóu shuì
人家 rén jiā
人小鬼大 rén xiǎo guǐ dà
人尽其才 rén jìn qí cái
人工合成 rén gōng hé chéng
人工降雨 rén gōng jiàng yǔ
人强胜天 rén qiáng shèng tiān
人心不古 rén xīn bù gǔ
人心丧尽 rén xīn sàng jìn
人心向背 rén xīn xiàng bèi
人心莫测 rén xīn mò cè
人心难测 rén xīn nán cè
人急偎亲 rén jí wēi qīn
人性论 rén xìng lùn
人所不齿 rén suǒ bù chǐ
人所共知 rén suǒ gòng zhī
人才难得 rén cái nán dé
人数 rén shù
人数众多 rén shù zhòng duō
人机对话 rén jī duì huà
人样儿 rén yàng er
人模狗样 rén mú gǒu yàng
人欲横流 rén yù héng liú
人民代表大会 rén mín dài biǎo dà huì
人民英雄纪念碑 rén mín yīng xióng jì niàn bēi
人浮于食 rén fú yú shí
人涉卬否 rén shè áng fǒu
人物肖像 rén wù xiào xiàng
人生如朝露 rén shēng rú zhāo lù
人生朝露 rén shēng cháo lù
人生自古谁无死 rén shēng zì gǔ shéi wú sǐ
人百其身 rén bǎi qí shēn
人称 rén chēng
人约黄昏 rén yuē huáng hūn
人给家足 rén jǐ jiā zú
人行横道 rén xíng héng dào
人行道 rén xíng dào
人言藉藉 rén yán jí jí
人财两空 rén cái liǎng kōng
人足家给 rén zú jiā jǐ
人轧人 rén gá rén
人造地球卫星 rén zào dì qiú wèi xīng
人造行星 rén zào xíng xīng
人间 rén jiān
人间天上 rén jiān tiān shàng
人际关系 rén jì guān xì
人非木石 rén fēi mù shí
亿万 yì wàn
亿辛万苦 yì xīn wàn kǔ
什么 shén me
什么的 shén me de
什件儿 shí jiàn ér
什伍东西 shí wǔ dōng xī
什围伍攻 shí wéi wǔ gōng
什物 shí wù
什袭以藏 shí xí yǐ cáng
什袭珍藏 shí xí zhēn cáng
什袭而藏 shí xí ér cáng
什锦 shí jǐn
仁儿 rén er
仁同一视 rén tóng yī shì
仁至义尽 rén zhì yì jìn
仅以身免 jǐn yǐ shēn miǎn
仅容旋马 jǐn róng xuán mǎ
仅有 jǐn yǒu
仅次于 jǐn cì yú
仅见 jǐn jiàn
仆人 pú rén
仆仆亟拜 pú pú jí bài
仆从 pú cóng
仇人 chóu rén
仇外 chóu wài
仇姓 qiú xìng
仇家 chóu jiā
仇视 chóu shì
今夕何夕 jīn xī hé xī
今朝 jīn zhāo
今朝有酒今朝醉 jīn zhāo yǒu jiǔ jīn zhāo zuì
今番 jīn fān
今雨新知 jīn yǔ xīn zhī
介绍信 jiè shào xìn
从一而终 cóng yī ér zhōng
从不 cóng bù
从中 cóng zhōng
从中作梗 cóng zhōng zuò gěng
从中渔利 cóng zhōng yú lì
从事 cóng shì
从井救人 cóng jǐng jiù rén
从今 cóng jīn
从令如流 cóng lìng rú liú
从众 cóng zhòng
从俗 cóng sú
从俗就简 cóng sú jiù jiǎn
从俗浮沉 cóng sú fú chén
从先 cóng xiān
从军 cóng jūn
从动 cóng dòng
从句 cóng jù
从命 cóng mìng
从商 cóng shāng
从善如流 cóng shàn rú liú
从善若流 cóng shàn ruò liú
从天而下 cóng tiān ér xià
从天而降 cóng tiān ér jiàng
从头 cóng tóu
从容 cóng róng
从容不迫 cóng róng bù pò
从容就义 cóng róng jiù yì
从容应对 cóng róng yìng duì
从容自在 cóng róng zì zài
从容自如 cóng róng zì rú
从宽发落 cóng kuān fā luò
从小 cóng xiǎo
从属 cóng shǔ
从戎 cóng róng
从来 cóng lái
从流忘反 cóng liú wàng fǎn
从犯 cóng fàn
从简 cóng jiǎn
从良 cóng liáng
从谏如流 cóng jiàn rú liú
从轻发落 cóng qīng fā luò
从重 cóng zhòng
从长商议 cóng cháng shāng yì
从长计议 cóng cháng jì yì
从长计较 cóng cháng jì jiào
从风而靡 cóng fēng ér mí
仓卒 cāng cù
仓卒主人 cāng cù zhǔ rén
仓卒之际 cāng cù zhī jì
仓颉 cāng jié
仔密 zǐ mì
仔猪 zǐ zhū
仔畜 zǐ chù
仔细 zǐ xì
仔肩 zī jiān
仔鱼 zǐ yú
仔鸡 zǐ jī
仕女 shì nǚ
仕女图 shì nǚ tú
他乡故知 tā xiāng gù zhī
他乡遇故知 tā xiāng yù gù zhī
他们 tā men
他们的 tā men de
他们自己 tā men zì jǐ
他们自己的 tā men zì jǐ de
他家 tā jiā
他山之石 tā shān zhī shí
他指 tā zhǐ
仗节死义 zhàng jié sǐ yì
付之度外 fù zhī dù wài
仙乐 xiān lè
仙女 xiān nǚ
仙姿佚貌 xiān zī yì mào
仙露明珠 xiān lù míng zhū
仙风道骨 xiān fēng dào gǔ
代人受过 dài rén shòu guò
代代相传 dài dài xiāng chuán
代数 dài shù
代数和 dài shù hé
代数数 dài shù shù
代称 dài chēng
代行 dài xíng
代金 dài jīn
代食品 dài shí pǐn
代马依风 dài mǎ yī fēng
代马望北 dài mǎ wàng běi
令不虚行 lìng bù xū xíng
令亲 lìng qīn
令人 lìng rén
令人切齿 lìng rén qiè chǐ
令人发指 lìng rén fà zhǐ
令人注目 lìng rén zhù mù
令人瞩目 lìng rén zhǔ mù
令人神往 lìng rén shén wǎng
令人莫测 lìng rén mò cè
令人齿冷 lìng rén chǐ lěng
令爱 lìng ài
令狐 líng hú
令箭 lìng jiàn
令箭荷花 lìng jiàn hé huā
令行如流 lìng xíng rú liú
以一当十 yǐ yī dāng shí
以一持万 yǐ yī chí wàn
以一知万 yǐ yī zhī wàn
以上 yǐ shàng
以不济可 yǐ fǒu jì kě
以为 yǐ wéi
以为后图 yǐ wéi hòu tú
以人为鉴 yǐ rén wéi jiàn
以人择官 yǐ rén zé guān
以众暴寡 yǐ zhòng bào guǎ
以佚待劳 yǐ yì dài láo
以便 yǐ biàn
以假乱真 yǐ jiǎ luàn zhēn
以内 yǐ nèi
以冠补履 yǐ guān bǔ lǚ
以利累形 yǐ lì lěi xíng
以力服人 yǐ lì fú rén
以功补过 yǐ gōng bǔ guò
以升量石 yǐ shēng liáng dàn
以卵击石 yǐ luǎn jī shí
以卵投石 yǐ luǎn tóu shí
以卵敌石 yǐ luǎn dí shí
以古为鉴 yǐ gǔ wéi jiàn
以夜继朝 yǐ yè jì zhāo
以大恶细 yǐ dà wù xì
以守为攻 yǐ shǒu wéi gōng
以宫笑角 yǐ gōng xiào jué
以小见大 yǐ xiǎo jiàn dà
以工代干 yǐ gōng dài gàn
以己度人 yǐ jǐ duó rén
以弱制强 yǐ ruò zhì qiáng
以弱胜强 yǐ ruò shèng qiáng
以微知着 yǐ wēi zhī zhuó
以德服人 yǐ dé fú rén
以心传心 yǐ xīn chuán xīn
以恶报恶 yǐ è bào è
以攻为守 yǐ gōng wéi shǒu
以暴易暴 yǐ bào yì bào
以期 yǐ qī
以正视听 yǐ zhèng shì tīng
以毁为罚 yǐ huǐ wéi fá
以毛相马 yǐ máo xiàng mǎ
以水投石 yǐ shuǐ tóu shí
以水洗血 yǐ shuǐ xǐ xuè
以水济水 yǐ shuǐ jǐ shuǐ
以汤止沸 yǐ tāng zhǐ fèi
以汤沃沸 yǐ tāng wò fèi
以泽量尸 yǐ zé liáng shī
以渴服马 yǐ kě fú mǎ
以牙还牙 yǐ yá huán yá
以珠弹雀 yǐ zhū tán què
以理服人 yǐ lǐ fú rén
以疏间亲 yǐ shū jiàn qīn
以疑决疑 yǐ yí jué yí
以眼还眼 yǐ yǎn huán yǎn
以石投水 yǐ shí tóu shuǐ
以筌为鱼 yǐ quán wéi yú
以简御繁 yǐ jiǎn yù fán
以简驭繁 yǐ jiǎn yù fán
以类相从 yǐ lèi xiāng cóng
以紫为朱 yǐ zǐ wéi zhū
以紫乱朱 yǐ zǐ luàn zhū
以羊易牛 yǐ yáng yì niú
以耳为目 yǐ ěr wéi mù
以茶当酒 yǐ chá dàng jiǔ
以螳当车 yǐ táng dāng chē
以蠡测海 yǐ lí cè hǎi
以血洗血 yǐ xuè xǐ xuè
以规为瑱 yǐ guī wéi tiàn
以誉进能 yǐ yù jìn néng
以身许国 yǐ shēn xǔ guó
以近 yǐ jìn
以还 yǐ huán
以退为进 yǐ tuì wéi jìn
以逸待劳 yǐ yì dài láo
以郄视文 yǐ xì shì wén
以锥刺地 yǐ zhuī cì dì
以镒称铢 yǐ yì chēng zhū
以防万一 yǐ fáng wàn yī
以防不测 yǐ fáng bù cè
以骨去蚁 yǐ gǔ qù yǐ
以鹿为马 yǐ lù wéi mǎ
以黑为白 yǐ hēi wéi bái
仪态万千 yí tài wàn qiān
仪态万方 yí tài wàn fāng
仪静体闲 yí jìng tǐ xián
仰不愧天 yǎng bù kuì tiān
仰之弥高 yǎng zhī mí gāo
仰事俛畜 yǎng shì fǔ chù
仰事俯畜 yǎng shì fǔ xù
仰光 yǎng guāng
仰卧 yǎng wò
仰卧起坐 yǎng wò qǐ zuò
仰取俯拾 yǎng qǔ fǔ shí
仰天 yǎng tiān
仰屋着书 yǎng wū zhuó shū
仰慕 yǎng mù
仰拾俯取 yǎng shí fǔ qǔ
仰给 yǎng jǐ
仰脖 yǎng bó
仰视 yǎng shì
仰角 yǎng jiǎo
仰靠 yǎng kào
仰面 yǎng miàn
仰面唾天 yǎng miàn tuò tiān
仰面朝天 yǎng miàn cháo tiān
仰首 yǎng shǒu
仲家 zhòng jiā
仳离 pǐ lí
件头 jiàn tóu
件数 jiàn shù
价增一顾 jià zēng yī gù
价廉物美 jià lián wù měi
价目 jià mù
价目表 jià mù biǎo
任人唯亲 rèn rén wéi qīn
任人摆布 rèn rén bǎi bù
任从 rèn cóng
任何 rèn hé
任便 rèn biàn
任免 rèn miǎn
任其自流 rèn qí zì liú
任内 rèn nèi
任凭 rèn píng
任命 rèn mìng
任姓 rén xìng
任怨任劳 rèn yuàn rèn láo
任情 rèn qíng
任期 rèn qī
任用 rèn yòng
任脉 rèn mài
任贤使能 rèn xián shǐ néng
任重才轻 rèn zhòng cái qīng
任随 rèn suí
份儿 fèn ér
份地 fèn dì
份量 fèn liàng
仿佛 fǎng fú
仿冒 fǎng mào
仿单 fǎng dān
仿建 fǎng jiàn
仿徨失措 páng huáng shī cuò
仿生 fǎng shēng
仿行 fǎng xíng
企业家 qǐ yè jiā
企管 qǐ guǎn
伎俩 jì liǎng
伏地 fú dì
伏地圣人 fú dì shèng rén
伏而咶天 fú ér shì tiān
伏虎降龙 fú hǔ xiáng lóng
伐冰之家 fá bīng zhī jiā
伐功矜能 fá gōng jīn néng
伐区 fá qū
伐异党同 fá yì dǎng tóng
休会 xiū huì
休克 xiū kè
休兵 xiū bīng
休养 xiū yǎng
休戚 xiū qī
休戚相关 xiū qī xiāng guān
休整 xiū zhěng
休渔 xiū yú
休牛归马 xiū niú guī mǎ
休牛散马 xiū niú sàn mǎ
休眠 xiū mián
休耕 xiū gēng
休耕地 xiū gēng dì
休闲 xiū xián
众人广坐 zhòng rén guǎng zuò
众人拾柴火焰高 zhòng rén shí chái huǒ yàn gāo
众叛亲离 zhòng pàn qīn lí
众口交传 zhòng kǒu jiāo chuán
众口同声 zhòng kǒu tóng shēng
众口熏天 zhòng kǒu xūn tiān
众口相传 zhòng kǒu xiāng chuán
众口难调 zhòng kǒu nán tiáo
众啄同音 zhòng zhuó tóng yīn
众喣漂山 zhòng xǔ piāo shān
众好众恶 zhòng hào zhòng wù
众少成多 zhòng shǎo chéng duō
众怒难犯 zhòng nù nán fàn
众所共知 zhòng suǒ gòng zhī
众所周知 zhòng suǒ zhōu zhī
众数 zhòng shù
众星拱北 zhòng xīng gǒng běi
众星攒月 zhòng xīng cuán yuè
众毁销骨 zhòng huǐ xiāo gǔ
众毛攒裘 zhòng máo cuán qiú
众毛飞骨 zhòng máo fēi gǔ
众生相 zhòng shēng xiàng
众目共视 zhòng mù gòng shì
众矢之的 zhòng shǐ zhī dì
众虎同心 zhòng hǔ tóng xīn
众说 zhòng shuō
众难群疑 zhòng nán qún yí
众难群移 zhòng nán qún yí
优孟衣冠 yōu mèng yī guān
优抚金 yōu fǔ jīn
优游不断 yōu yóu bù duàn
优游卒岁 yōu yóu zú suì
优游自得 yōu yóu zì dé
优缺点 yōu quē diǎn
伙伴关系 huǒ bàn guān xì
伙同 huǒ tóng
伙食 huǒ shí
会上 huì shàng
会众 huì zhòng
会儿 huì er
会党 huì dǎng
会剿 huì jiǎo
会厌 huì yàn
会合 huì hé
会同 huì tóng
会员 huì yuán
会员国 huì yuán guó
会商 huì shāng
会审 huì shěn
会少离多 huì shǎo lí duō
会心 huì xīn
会意 huì yì
会报 huì bào
会期 huì qī
会标 huì biāo
会水 huì shuǐ
会籍 huì jí
会见 huì jiàn
会计 kuài jì
会计制度 kuài jì zhì dù
会计师 kuài jì shī
会话 huì huà
会车 huì chē
会通 huì tōng
会逢其适 huì féng qí shì
会道能说 huì dào néng shuō
会道门 huì dào mén
会长 huì zhǎng
会阴 huì yīn
会面 huì miàn
会风 huì fēng
会餐 huì cān
会首 huì shǒu
伛偻 yǔ lǚ
伞骨 sǎn gǔ
伟大 wěi dà
伟论 wěi lùn
传为佳话 chuán wéi jiā huà
传人 chuán rén
传令 chuán lìng
传令兵 chuán lìng bīng
传入 chuán rù
传动 chuán dòng
传单 chuán dān
传单炸弹 chuán dān zhà dàn
传名 chuán míng
传告 chuán gào
传呼 chuán hū
传呼电话 chuán hū diàn huà
传声 chuán shēng
传声器 chuán shēng qì
传奇 chuán qí
传家 chuán jiā
传家宝 chuán jiā bǎo
传布 chuán bù
传情 chuán qíng
传感 chuán gǎn
传感器 chuán gǎn qì
传扬 chuán yáng
传抄 chuán chāo
传本 chuán běn
传柄移藉 chuán bǐng yí jiè
传染 chuán rǎn
传染病 chuán rǎn bìng
传檄而定 chuán xí ér dìng
传热 chuán rè
传略 zhuàn lüè
传真 chuán zhēn
传真电报 chuán zhēn diàn bào
传神 chuán shén
传神阿堵 chuán shén ē dǔ
传粉 chuán fěn
传经 chuán jīng
传经送宝 chuán jīng sòng bǎo
传统 chuán tǒng
传言 chuán yán
传记 zhuàn jì
传记片 zhuàn jì piàn
传话 chuán huà
传说 chuán shuō
传诵 chuán sòng
传诵一时 chuán sòng yī shí
传质 chuán zhì
传送 chuán sòng
传道 chuán dào
传问 chuán wèn
传闻 chuán wén
传闻不如亲见 chuán wén bù rú qīn jiàn
传风扇火 chuán fēng shān huǒ
传风搧火 chuán fēng shān huǒ
伤亡 shāng wáng
伤亡事故 shāng wáng shì gù
伤残人 shāng cán rén
伤筋动骨 shāng jīn dòng gǔ
伤言扎语 shāng yán zhā yǔ
伤财 shāng cái
伤风 shāng fēng
伦敦 lún dūn
伪称 wěi chēng
伯乐 bó lè
伯乐一顾 bó lè yī gù
伯乐相马 bó lè xiàng mǎ
伯仲 bó zhòng
伯仲之间 bó zhòng zhī jiān
伯公 bó gōng
伯劳 bó láo
伯劳飞燕 bó láo fēi yàn
伯德 bó dé
伯爵 bó jué
伯父 bó fù
伯玉知非 bó yù zhī fēi
伯道无儿 bó dào wú ér
估堆儿 gū duī ér
估摸 gū mō
估衣 gù yī
估计 gū jì
估量 gū liáng
伴同 bàn tóng
伴食宰相 bàn shí zǎi xiàng
伸头 shēn tóu
伸手不见五指 shēn shǒu bù jiàn wǔ zhǐ
伸缩 shēn suō
伸舌头 shēn shé tou
伸长 shēn cháng
伺侯 cì hòu
伺弄 sì nòng
伺机 sì jī
伺瑕导蠙 sì xiá dǎo pín
伺瑕导隙 sì xiá dǎo xì
伺瑕抵蠙 sì xiá dǐ pín
伺瑕抵隙 sì xiá dǐ xì
伺隙 sì xì
似乎 sì hū
似懂非懂 sì dǒng fēi dǒng
似是而非 sì shì ér fēi
似曾 sì céng
似曾相识 sì céng xiāng shí
似有如无 sì yǒu rú wú
似水如鱼 sì shuǐ rú yú
似水流年 sì shuǐ liú nián
似漆如胶 sì qī rú jiāo
似的 shì de
似笑非笑 sì xiào fēi xiào
似箭在弦 sì jiàn zài xián
似醉如痴 sì zuì rú chī
似非而是 sì fēi ér shì
伽利略 jiā lì lüè
伽蓝 qié lán
伽马 gā mǎ
伽马刀 gā mǎ dāo
佃农 diàn nóng
但见 dàn jiàn
位不期骄 wèi bù qī jiāo
位能 wèi néng
低压 dī yā
低地 dī dì
低声细语 dī shēng xì yǔ
低头 dī tóu
低头哈腰 dī tóu hā yāo
低平 dī píng
低度 dī dù
低眉折腰 dī méi zhé yāo
低空 dī kōng
低级趣味 dī jí qù wèi
低纬度 dī wěi dù
低能 dī néng
低能儿 dī néng ér
低落 dī luò
低血压 dī xuè yā
低语 dī yǔ
低调 dī diào
低质 dī zhì
低频 dī pín
住一宿 zhù yì xiǔ
住地 zhù dì
住宅区 zhù zhái qū
住家 zhù jiā
住宿 zhù sù
住校 zhù xiào
体会 tǐ huì
体内 tǐ nèi
体力 tǐ lì
体力劳动 tǐ lì láo dòng
体味 tǐ wèi
体国经野 tǐ guó jīng yě
体外循环 tǐ wài xún huán
体形 tǐ xíng
体念 tǐ niàn
体态 tǐ tài
体态语 tǐ tài yǔ
体恤 tǐ xù
体恤入微 tǐ xù rù wēi
体改 tǐ gǎi
体校 tǐ xiào
体检 tǐ jiǎn
体检表 tǐ jiǎn biǎo
体温 tǐ wēn
体温表 tǐ wēn biǎo
体温计 tǐ wēn jì
体物缘情 tǐ wù yuán qíng
体用 tǐ yòng
体积 tǐ jī
体系 tǐ xì
体统 tǐ tǒng
体罚 tǐ fá
体育 tǐ yù
体育运动 tǐ yù yùn dòng
体育道德 tǐ yù dào dé
体胀系数 tǐ zhàng xì shù
体能 tǐ néng
体表 tǐ biǎo
体裁 tǐ cái
体貌 tǐ mào
体质 tǐ zhì
体贴 tǐ tiē
体贴入妙 tǐ tiē rù miào
体贴入微 tǐ tiē rù wēi
体重 tǐ zhòng
体量 tǐ liàng
体面 tǐ miàn
何不 hé bù
何仙姑 hé xiān gū
何以 hé yǐ
何其 hé qí
何其相似乃尔 hé qí xiāng sì nǎi ěr
何去何从 hé qù hé cóng
何在 hé zài
何如 hé rú
何干 hé gān
何必 hé bì
何所不有 hé suǒ bù yǒu
何故 hé gù
何日 hé rì
何时 hé shí
何曾 hé zēng
何用 hé yòng
何罪之有 hé zuì zhī yǒu
何苦 hé kǔ
何许 hé xǔ
何许人 hé xǔ rén
何足为奇 hé zú wéi qí
何足挂齿 hé zú guà chǐ
何首乌 hé shǒu wū
余光分人 yú guāng fēn rén
余兴 yú xìng
余切 yú qiē
余勇可贾 yú yǒng kě gǔ
余地 yú dì
余头 yú tóu
余子碌碌 yú zǐ lù lù
余数 yú shù
余角 yú jiǎo
余量 yú liàng
余韵流风 yú yùn liú fēng
余风 yú fēng
余风遗文 yú fēng yí wén
余食赘行 yú shí zhuì xíng
佚失 yì shī
佚文 yì wén
佛事 fó shì
佛会 fó huì
佛像 fó xiàng
佛光 fó guāng
佛光寺 fó guāng sì
佛典 fó diǎn
佛口蛇心 fó kǒu shé xīn
佛号 fó hào
佛堂 fó táng
佛塔 fó tǎ
佛头加秽 fó tóu jiā huì
佛头着粪 fó tóu zhuó fèn
佛头著粪 fó tóu zhuó fèn
佛学 fó xué
佛家 fó jiā
佛寺 fó sì
佛山 fó shān
佛山市 fó shān shì
佛心蛇口 fó xīn shé kǒu
佛性 fó xìng
佛性禅心 fó xìng chán xīn
佛手 fó shǒu
佛手柑 fó shǒu gān
佛教 fó jiào
佛教徒 fó jiào tú
佛殿 fó diàn
佛法 fó fǎ
佛爷 fó yé
佛牙 fó yá
佛珠 fó zhū
佛甲草 fó jiǎ cǎo
佛眼佛心 fó yǎn fó xīn
佛眼相看 fó yǎn xiāng kàn
佛祖 fó zǔ
佛系 fó xì
佛经 fó jīng
佛罗伦萨 fó luó lún sà
佛门 fó mén
佛门弟子 fó mén dì zǐ
佛陀 fó tuó
佛龛 fó kān
作乐 zuò lè
作兴 zuò xīng
作别 zuò bié
作古正经 zuò gǔ zhèng jīng
作困兽斗 zuò kùn shòu dòu
作嫁衣裳 zuò jià yī shang
作家 zuò jiā
作家协会 zuò jiā xié huì
作弄 zuò nòng
作恶 zuò è
作数 zuò shù
作歹为非 zuò dǎi wéi fēi
作浪兴风 zuò làng xīng fēng
作言造语 zuò yán zào yǔ
作金石声 zuò jīn shí shēng
作风 zuò fēng
佝偻 gōu lóu
佝偻病 gōu lóu bìng
佝偻着腰 gōu lóu zhe yāo
你们 nǐ men
你们的 nǐ men de
你们自己 nǐ men zì jǐ
你们自己的 nǐ men zì jǐ de
你唱我和 nǐ chàng wǒ hé
你好 nǐ hǎo
你来我往 nǐ lái wǒ wǎng
佣人 yōng rén
佣工 yōng gōng
佣金 yòng jīn
佯称 yáng chēng
佯风诈冒 yáng fēng zhà mào
佳丽 jiā lì
佳人薄命 jiā rén bó mìng
佳句 jiā jù
佳期 jiā qī
佹形僪状 guǐ xíng yù zhuàng
佹得佹失 guǐ dé guǐ shī
佻薄 tiāo bó
使不得 shǐ bù dé
使出浑身解数 shǐ chū hún shēn xiè shù
使功不如使过 shǐ gōng bù rú shǐ guò
使劲 shǐ jìn
使女 shǐ nǚ
使得 shǐ de
使愚使过 shǐ yú shǐ guò
使臂使指 shǐ bì shǐ zhǐ
使贤任能 shǐ xián rèn néng
侃大山 kǎn dà shān
侄儿 zhí ér
侄女 zhí nǚ
侄女儿 zhí nǚ ér
侄孙 zhí sūn
侄孙女 zhí sūn nǚ
侈人观听 chǐ rén guān tīng
侈衣美食 chǐ yī měi shí
例会 lì huì
例句 lì jù
例直禁简 lì zhí jìn jiǎn
例行 lì xíng
例行差事 lì xíng chāi shì
侍从 shì cóng
侍女 shì nǚ
侍应生 shì yìng shēng
侍弄 shì nòng
侔色揣称 móu sè chuǎi chèn
供不应求 gōng bù yìng qiú
供人 gōng rén
供佛 gòng fó
供养 gòng yǎng
供品 gòng pǐn
供奉 gòng fèng
供应 gōng yìng
供应点 gōng yìng diǎn
供暖 gōng nuǎn
供水 gōng shuǐ
供求 gōng qiú
供求关系 gōng qiú guān xì
供献 gòng xiàn
供电 gōng diàn
供称 gòng chēng
供给 gōng jǐ
供给制 gōng jǐ zhì
供过于求 gōng guò yú qiú
依丱附木 yī kuàng fù mù
依从 yī cóng
依依不舍 yī yī bù shě
依依惜别 yī yī xī bié
依头缕当 yī tóu lǚ dàng
依此类推 yī cǐ lèi tuī
依翠偎红 yī cuì wēi hóng
依违两可 yī wéi liǎng kě
依阿取容 yī ē qǔ róng
侠女 xiá nǚ
侠骨 xiá gǔ
侦探小说 zhēn tàn xiǎo shuō
侦探片 zhēn tàn piàn
侦查 zhēn chá
侧击 cè jī
侧枝 cè zhī
侧柏 cè bǎi
侧歪 zhāi wāi
侧目 cè mù
侧目而视 cè mù ér shì
侧耳 cè ěr
侧视 cè shì
侧足而立 cè zú ér lì
侧身 cè shēn
侧边 cè biān
侧近 cè jìn
侧重 cè zhòng
侧门 cè mén
侧面 cè miàn
侨商 qiáo shāng
侨属 qiáo shǔ
侯服玉食 hóu fú yù shí
侯爵 hóu jué
侯门 hóu mén
侯门似海 hóu mén sì hǎi
侯门如海 hóu mén rú hǎi
侯门深似海 hóu mén shēn sì hǎi
侵占 qīn zhàn
便中 biàn zhōng
便了 biàn liǎo
便于 biàn yú
便人 biàn rén
便佞 pián nìng
便利 biàn lì
便嬖 pián bì
便官 biàn guān
便宜 pián yi
便宜从事 biàn yí cóng shì
便宜施行 biàn yí shī xíng
便宜行事 biàn yí xíng shì
便宜货 pián yí huò
便宴 biàn yàn
便当 biàn dāng
便是 biàn shì
便步 biàn bù
便步走 biàn bù zǒu
便民 biàn mín
便溺 biàn niào
便秘 biàn mì
便血 biàn xiě
便衣 biàn yī
便装 biàn zhuāng
便路 biàn lù
便车 biàn chē
便辞巧说 biàn cí qiǎo shuō
便道 biàn dào
便门 biàn mén
便餐 biàn cān
俄语 é yǔ
俎上肉 zǔ shàng ròu
俎樽折冲 zǔ zūn zhé chōng
俏丽 qiào lì
俏头 qiào tou
俏皮 qiào pí
俏皮话 qiào pí huà
俐落 lì luò
俗体 sú tǐ
俗体字 sú tǐ zì
俗家 sú jiā
俗称 sú chēng
俗语 sú yǔ
俚语 lǐ yǔ
俛拾仰取 fǔ shí yǎng qǔ
俛拾地芥 fǔ shí dì jiè
俛首帖耳 fǔ shǒu tiē ěr
保不定 bǎo bù dìng
保健品 bǎo jiàn pǐn
保单 bǎo dān
保外执行 bǎo wài zhí xíng
保家卫国 bǎo jiā wèi guó
保有 bǎo yǒu
保真度 bǎo zhēn dù
保税区 bǎo shuì qū
保藏 bǎo cáng
保质保量 bǎo zhì bǎo liàng
保重 bǎo zhòng
保长 bǎo zhǎng
保险期 bǎo xiǎn qī
保险系数 bǎo xiǎn xì shù
俟河之清 sì hé zhī qīng
信义 xìn yì
信从 xìn cóng
信以为真 xìn yǐ wéi zhēn
信仰 xìn yǎng
信及豚鱼 xìn jí tún yú
信口 xìn kǒu
信口开合 xìn kǒu kāi hé
信口开呵 xìn kǒu kāi hē
信口开河 xìn kǒu kāi hé
信口胡言 xìn kǒu hú yán
信口雌黄 xìn kǒu cí huáng
信史 xìn shǐ
信号 xìn hào
信号弹 xìn hào dàn
信天游 xìn tiān yóu
信奉 xìn fèng
信女 xìn nǚ
信守 xìn shǒu
信封 xìn fēng
信差 xìn chāi
信得过 xìn dé guò
信心 xìn xīn
信念 xìn niàn
信息 xìn xī
信息社会 xìn xī shè huì
信息论 xìn xī lùn
信手 xìn shǒu
信手拈来 xìn shǒu niān lái
信标 xìn biāo
信步 xìn bù
信步而行 xìn bù ér xíng
信用 xìn yòng
信皮儿 xìn pí er
信石 xìn shí
信纸 xìn zhǐ
信而好古 xìn ér hào gǔ
信言不美 xìn yán bù měi
信誓旦旦 xìn shì dàn dàn
信赏必罚 xìn shǎng bì fá
信道 xìn dào
信风 xìn fēng
俩人 liǎ rén
俭不中礼 jiǎn bù zhòng lǐ
俭故能广 jiǎn gù néng guǎng
俭朴 jiǎn pǔ
俭省 jiǎn shěng
修女 xiū nǚ
修好 xiū hǎo
修枝 xiū zhī
修正 xiū zhèng
修正主义 xiū zhèng zhǔ yì
修行 xiū xíng
修身洁行 xiū shēn jié xíng
修长 xiū cháng
修鳞养爪 xiū lín yǎng zhǎo
修齐治平 xiū qí zhì píng
俯仰 fǔ yǎng
俯仰之间 fǔ yǎng zhī jiān
俯仰唯唯 fǔ yǎng wéi wéi
俯仰由人 fǔ yǎng yóu rén
俯仰随人 fǔ yǎng suí rén
俯冲 fǔ chōng
俯拾仰取 fǔ shí yǎng qǔ
俯拾即是 fǔ shí jí shì
俯拾地芥 fǔ shí dì jiè
俯拾皆是 fǔ shí jiē shì
俯角 fǔ jiǎo
俯首帖耳 fǔ shǒu tiē ěr
俳句 pái jù
俺家 ǎn jiā
倍受 bèi shòu
倍数 bèi shù
倍日并行 bèi rì bìng xíng
倍率 bèi lǜ
倍道兼行 bèi dào jiān xíng
倍道而行 bèi dào ér xíng
倍频 bèi pín
倏地 shū dì
倏忽之间 shū hū zhī jiān
倒三颠四 dǎo sān diān sì
倒下 dǎo xià
倒不 dào bù
倒不是 dào bú shì
倒仓 dǎo cāng
倒伏 dǎo fú
倒像 dào xiàng
倒凤颠鸾 dǎo fèng diān luán
倒出 dào chū
倒出来 dào chū lái
倒包 dǎo bāo
倒卖 dǎo mài
倒卖违禁品 dǎo mài wéi jìn pǐn
倒卵形 dào luǎn xíng
倒卷 dào juǎn
倒反 dǎo fǎn
倒嚼 dǎo jiào
倒圈 dǎo juàn
倒在地上 dǎo zài dì shàng
倒地 dǎo dì
倒头 dǎo tóu
倒头便睡 dào tóu biàn shuì
倒好 dào hǎo
倒好儿 dǎo hǎo ér
倒山倾海 dǎo shān qīng hǎi
倒峡泻河 dǎo xiá xiè hé
倒弄 dǎo nòng
倒悬 dào xuán
倒悬之急 dào xuán zhī jí
倒悬之苦 dào xuán zhī kǔ
倒戈 dǎo gē
倒戈卸甲 dǎo gē xiè jiǎ
倒手 dǎo shǒu
倒打一瓦 dào dǎ yī wǎ
倒打一耙 dào dǎ yī pá
倒找 dǎo zhǎo
倒持太阿 dǎo chí tài ā
倒持泰阿 dào chí tài ē
倒换 dǎo huàn
倒插 dào chā
倒插门 dào chā mén
倒放 dào fàng
倒数 dào shǔ
倒数比 dào shù bǐ
倒数计时 dào shǔ jì shí
倒春寒 dǎo chūn hán
倒是 dǎo shì
倒替 dǎo tì
倒水 dào shuǐ
倒流 dào liú
倒海翻江 dǎo hǎi fān jiāng
倒片 dào piàn
倒牙 dǎo yá
倒空 dào kōng
倒立 dào lì
倒绷孩儿 dào bēng hái ér
倒胃口 dǎo wèi kǒu
倒背如流 dào bèi rú liú
倒背手 dào bèi shǒu
倒脉冲 dào mài chōng
倒苦水 dào kǔ shuǐ
倒茶 dào chá
倒虹吸管 dào hóng xī guǎn
倒街卧巷 dǎo jiē wò xiàng
倒装 dào zhuāng
倒装句 dào zhuāng jù
倒裳索领 dào cháng suǒ lǐng
倒读数 dào dú shù
倒赔 dào péi
倒踏门 dào tà mén
倒车 dào chē
倒转 dào zhuǎn
倒转来说 dào zhuǎn lái shuō
倒过儿 dào guò ér
倒过来 dào guò lái
倒退 dào tuì
倒退一步 dào tuì yí bù
倒酒 dào jiǔ
倒金字塔 dào jīn zì tǎ
倒锁 dào suǒ
倒锁上门 dào suǒ shàng mén
倒闭 dǎo bì
倒风 dào fēng
倒飞 dào fēi
倔头强脑 juè tóu jiàng nǎo
倔強 jué jiàng
倔强 jué jiàng
倔强倨傲 jué jiàng jù ào
倘佯 cháng yáng
候车 hòu chē
倚天拔地 yǐ tiān bá dì
倚翠偎红 yǐ cuì wēi hóng
倚重 yǐ zhòng
倚闾望切 yǐ lǘ wàng qiē
倜傥不群 tì tǎng bù qún
借东风 jiè dōng fēng
借交报仇 jiè jiāo bào chóu
借公行私 jiè gōng xíng sī
借客报仇 jiè kè bào chóu
借宿 jiè sù
借尸还阳 jiè shī huán yáng
借尸还魂 jiè shī huán hún
借景 jiè jǐng
借景生情 jiè jǐng shēng qíng
借篷使风 jiè péng shǐ fēng
借花献佛 jiè huā xiàn fó
借调 jiè diào
借身报仇 jiè shēn bào chóu
借重 jiè zhòng
借镜观形 jiè jìng guān xíng
倡办 chàng bàn
倡条冶叶 chāng tiáo yě yè
倡而不和 chàng ér bù hè
倡言 chàng yán
倥侗 kōng tóng
倦尾赤色 juàn wěi chì sè
倦鸟知还 juàn niǎo zhī huán
倩女离魂 qiàn nǚ lí hún
倭瓜 wō guā
债务重组 zhài wù chóng zǔ
债多不愁 zhài duō bù chóu
值当 zhí dàng
值得 zhí de
值得一提 zhí dé yì tí
倾侧 qīng cè
倾倒 qīng dǎo
倾吐 qīng tǔ
倾家 qīng jiā
倾斜度 qīng xié dù
倾泄 qīng xiè
倾洒 qīng sǎ
倾盆大雨 qīng pén dà yǔ
倾盖 qīng gài
倾盖如故 qīng gài rú gù
倾角 qīng jiǎo
偃旗仆鼓 yǎn qí pú gǔ
偃武休兵 yǎn wǔ xiū bīng
偃武兴文 yǎn wǔ xīng wén
偃武行文 yǎn wǔ xíng wén
假人假义 jiǎ rén jiǎ yì
假人辞色 jiǎ rén cí sè
假仁假义 jiǎ rén jiǎ yì
假以辞色 jiǎ yǐ cí sè
假公济私 jiǎ gōng jì sī
假公营私 jiǎ gōng yíng sī
假分数 jiǎ fēn shù
假力于人 jiǎ lì yú rén
假名托姓 jiǎ míng tuō xìng
假慈悲 jiǎ cí bēi
假手于人 jiǎ shǒu yú rén
假日 jià rì
假期 jià qī
假痴假呆 jiǎ chī jiǎ dāi
假眉三道 jiǎ méi sān dào
假虎张威 jiǎ hǔ zhāng wēi
假言 jiǎ yán
假誉驰声 jiǎ yù chí shēng
假话 jiǎ huà
假道 jiǎ dào
假面 jiǎ miàn
偈语 jì yǔ
偌大 ruò dà
偎慵堕懒 wēi yōng duò lǎn
偏于 piān yú
偏信 piān xìn
偏信则暗 piān xìn zé àn
偏听偏信 piān tīng piān xìn
偏好 piān hǎo
偏差 piān chā
偏心眼儿 piān xīn yǎn er
偏裨 piān pí
偏重 piān zhòng
偏食 piān shí
偕行 xié xíng
做亲 zuò qīn
做好做恶 zuò hǎo zuò è
做诗 zuò shī
停云落月 tíng yún luò yuè
停发 tíng fā
停建 tíng jiàn
停当 tíng dàng
停泊 tíng bó
停赛 tíng sài
停车 tíng chē
停食 tíng shí
健将 jiàn jiàng
健身器 jiàn shēn qì
偶函数 ǒu hán shù
偶发 ǒu fā
偶合 ǒu hé
偷合苟从 tōu hé gǒu cóng
偷狗戏鸡 tōu gǒu xì jī
偷空 tōu kòng
偿还 cháng huán
傀儡 kuǐ lěi
傅立叶 fù lì yè
傅粉施朱 fù fěn shī zhū
傍人篱落 bàng rén lí luò
傍若无人 páng ruò wú rén
傍观者清 bàng guān zhě qīng
傧相 bīn xiàng
储蓄银行 chǔ xù yín háng
储藏 chǔ cáng
储量 chǔ liàng
储金 chǔ jīn
催办 cuī bàn
催发 cuī fā
催款 cuī kuǎn
催泪弹 cuī lèi dàn
催泪炸弹 cuī lèi zhà dàn
催迫 cuī pò
傲不可长 ào bù kě zhǎng
傲慢少礼 ào màn shǎo lǐ
傲睨一切 ào nì yī qiè
傲骨 ào gǔ
傻乐 shǎ lè
傻劲儿 shǎ jìn er
傻呵呵 shǎ hē hē
像模像样 xiàng mú xiàng yàng
像片 xiàng piàn
僚属 liáo shǔ
僬侥 jiāo yáo
僵冷 jiāng lěng
僵死 jiāng sǐ
僻字涩句 pì zì sè jù
僻巷 pì xiàng
儒商 rú shāng
儒家 rú jiā
儒将 rú jiàng
儒释道 rú shì dào
儒雅风流 rú yǎ fēng liú
儿女 ér nǚ
儿女之情 ér nǚ zhī qíng
儿女亲家 ér nǚ qìng jiā
儿女情长 ér nǚ qíng cháng
儿女成行 ér nǚ chéng háng
儿媳妇儿 ér xí fù ér
儿童村 ér tóng cūn
儿郎 ér láng
允当 yǔn dàng
允执其中 yǔn zhí qí zhōng
允执厥中 yǔn zhí jué zhōng
元奸巨恶 yuán jiān jù è
元戎启行 yuán róng qǐ xíng
元朝 yuán cháo
兄肥弟瘦 xiōng féi dì shòu
兄长 xiōng zhǎng
充其量 chōng qí liàng
充分 chōng fèn
充塞 chōng sè
充填 chōng tián
充天塞地 chōng tiān sāi dì
充当 chōng dāng
充数 chōng shù
充栋汗牛 chōng dòng hàn niú
充栋盈车 chōng dòng yíng chē
充类至尽 chōng lèi zhì jìn
充血 chōng xuè
兆头 zhào tou
先下手为强 xiān xià shǒu wéi qiáng
先入为主 xiān rù wéi zhǔ
先入之见 xiān rù zhī jiàn
先发制人 xiān fā zhì rén
先头 xiān tóu
先得我心 xiān dé wǒ xīn
先忧后乐 xiān yōu hòu lè
先我着鞭 xiān wǒ zhuó biān
先期 xiān qī
先父 xiān fù
先知 xiān zhī
先自隗始 xiān zì wěi shǐ
先行 xiān xíng
先行官 xiān xíng guān
先见 xiān jiàn
先见之明 xiān jiàn zhī míng
先难后获 xiān nán hòu huò
先验论 xiān yàn lùn
光华 guāng huá
光华夺目 guāng huá duó mù
光压 guāng yā
光可鉴人 guāng kě jiàn rén
光合作用 guāng hé zuò yòng
光圈 guāng quān
光大 guāng dà
光天化日 guāng tiān huà rì
光头 guāng tóu
光度 guāng dù
光彩照人 guāng cǎi zhào rén
光明正大 guāng míng zhèng dà
光明磊落 guāng míng lěi luò
光杆 guāng gǎn
光杆儿 guāng gǎn ér
光栅 guāng shān
光棍 guāng gùn
光棍儿 guāng gùn ér
光洁度 guāng jié dù
光纤 guāng xiān
光纤通信 guāng xiān tōng xìn
光能 guāng néng
光解 guāng jiě
光车骏马 guāng chē jùn mǎ
光通信 guāng tōng xìn
光采夺目 guāng cǎi duó mù
光阴似箭 guāng yīn sì jiàn
光风霁月 guāng fēng jì yuè
克什米尔 kè shí mǐ ěr
克尽职守 kè jìn zhí shǒu
克己慎行 kè jǐ shèn xíng
克拉 kè lā
克期 kè qī
克食 kè shí
免不了 miǎn bù liǎo
免不得 miǎn bù dé
免冠 miǎn guān
免得 miǎn de
免袒 miǎn tǎn
免麻 wèn má
兑取 duì qǔ
兑换 duì huàn
兑款 duì kuǎn
兔子 tù zi
兔子不吃窝边草 tù zi bù chī wō biān cǎo
兔角龟毛 tù jiǎo guī máo
兔走鹘落 tù zǒu gǔ luò
兔起鹘落 tù qǐ hú luò
党参 dǎng shēn
党坚势盛 dǎng jiān shì shèng
党委 dǎng wěi
党建 dǎng jiàn
党心 dǎng xīn
党总支 dǎng zǒng zhī
党校 dǎng xiào
党纪 dǎng jì
党规 dǎng guī
党邪丑正 dǎng xié chǒu zhèng
党邪陷正 dǎng xié xiàn zhèng
党风 dǎng fēng
兜风 dōu fēng
兢兢干干 jīng jīng gàn gàn
入不敷出 rù bù fū chū
入仓 rù cāng
入会 rù huì
入内 rù nèi
入吾彀中 rù wú gòu zhōng
入味儿 rù wèi er
入地无门 rù dì wú mén
入孝出弟 rù xiào chū tì
入宝山而空回 rù bǎo shān ér kōng huí
入射 rù shè
入木三分 rù mù sān fēn
入海算沙 rù hǎi suàn shā
入火赴汤 rù huǒ fù tāng
入理切情 rù lǐ qiē qíng
入行 rù háng
入骨 rù gǔ
全会 quán huì
全军覆没 quán jūn fù mò
全功尽弃 quán gōng jìn qì
全名 quán míng
全国人大 quán guó rén dà
全国人民代表大会 quán guó rén mín dài biǎo dà huì
全家 quán jiā
全数 quán shù
全日 quán rì
全智全能 quán zhì quán néng
全校 quán xiào
全球定位系统 quán qiú dìng wèi xì tǒng
全盛 quán shèng
全知全能 quán zhī quán néng
全称 quán chēng
全能 quán néng
全能冠军 quán néng guàn jūn
全能运动 quán néng yùn dòng
全自动 quán zì dòng
全运会 quán yùn huì
全都 quán dōu
全食 quán shí
八一 bā yī
八万四千 bā wàn sì qiān
八九不离十 bā jiǔ bù lí shí
八仙过海 bā xiān guò hǎi
八千里路云和月 bā qiān lǐ lù yún hé yuè
八大山人 bā dà shān rén
八大胡同 bā dà hú tòng
八大行星 bā dà xíng xīng
八字打开 bā zì dǎ kāi
八斗之才 bā dǒu zhī cái
八斗才 bā dǒu cái
八方呼应 bā fāng hū yìng
八方风雨 bā fāng fēng yǔ
八珍玉食 bā zhēn yù shí
八竿子打不着 bā gān zǐ dǎ bù zháo
八行书 bā háng shū
八角 bā jiǎo
八角茴香 bā jiǎo huí xiāng
八面威风 bā miàn wēi fēng
八面见光 bā miàn jiàn guāng
八面驶风 bā miàn shǐ fēng
八风 bā fēng
公了 gōng liǎo
公休 gōng xiū
公休日 gōng xiū rì
公会 gōng huì
公侯 gōng hóu
公倍数 gōng bèi shù
公假 gōng jià
公共 gōng gòng
公共交通 gōng gòng jiāo tōng
公共关系 gōng gòng guān xì
公共卫生 gōng gòng wèi shēng
公共汽车 gōng gòng qì chē
公共积累 gōng gòng jī lěi
公分 gōng fēn
公地 gōng dì
公家 gōng jiā
公尺 gōng chǐ
公差 gōng chāi
公干 gōng gàn
公开信 gōng kāi xìn
公忠体国 gōng zhōng tǐ guó
公报私仇 gōng bào sī chóu
公文旅行 gōng wén lǚ xíng
公明正大 gōng míng zhèng dà
公有 gōng yǒu
公正 gōng zhèng
公正不阿 gōng zhèng bù ē
公正廉明 gōng zhèng lián míng
公正无私 gōng zhèng wú sī
公畜 gōng chù
公私两便 gōng sī liǎng biàn
公称 gōng chēng
公立学校 gōng lì xué xiào
公约 gōng yuē
公约数 gōng yuē shù
公羊 gōng yáng
公论 gōng lùn
公诸 gōng zhū
公诸同好 gōng zhū tóng hào
公车 gōng chē
公转 gōng zhuàn
六一 liù yī
六亲 liù qīn
六亲无靠 liù qīn wú kào
六六六 liù liù liù
六出奇计 liù chū qí jì
六出纷飞 liù chū fēn fēi
六合 liù hé
六合之内 liù hé zhī nèi
六大 liù dà
六安 lù ān
六尺之孤 liù chǐ zhī gū
六弦琴 liù xián qín
六指 liù zhǐ
六指儿 liù zhǐ ér
六月 liù yuè
六月飞霜 liù yuè fēi shuāng
六朝 liù cháo
六朝金粉 liù cháo jīn fěn
六甲 liù jiǎ
六畜 liù chù
六盘山 liù pán shān
六礼 liù lǐ
六神 liù shén
六神无主 liù shén wú zhǔ
六经 liù jīng
六臂三头 liù bì sān tóu
六角 liù jiǎo
六趣轮回 liù qù lún huí
六边形 liù biān xíng
六通四辟 liù tōng sì pì
六道轮回 liù dào lún huí
六问三推 liù wèn sān tuī
兰摧玉折 lán cuī yù zhé
兰艾难分 lán ài nán fēn
兰若 lán rě
兰草 lán cǎo
兰质熏心 lán zhì xūn xīn
共为唇齿 gòng wéi chún chǐ
共产主义 gòng chǎn zhǔ yì
共产主义社会 gòng chǎn zhǔ yì shè huì
共产主义道德 gòng chǎn zhǔ yì dào dé
共产党 gòng chǎn dǎng
共产党宣言 gòng chǎn dǎng xuān yán
共同 gòng tóng
共同语 gòng tóng yǔ
共同语言 gòng tóng yǔ yán
共和 gòng hé
共和党 gòng hé dǎng
共和国 gòng hé guó
共商国是 gòng shāng guó shì
共居 gòng jū
共度 gòng dù
共建 gòng jiàn
共总 gòng zǒng
共振 gòng zhèn
共振器 gòng zhèn qì
共挽鹿车 gòng wǎn lù chē
共有 gòng yǒu
共枝别干 gòng zhī bié gàn
共栖 gòng qī
共犯 gòng fàn
共生 gòng shēng
共用 gòng yòng
共相 gòng xiāng
共管 gòng guǎn
共计 gòng jì
共识 gòng shí
共话 gòng huà
共进会 gòng jìn huì
共通 gòng tōng
共餐 gòng cān
共鸣 gòng míng
共鸣器 gòng míng qì
关上 guān shàng
关中 guān zhōng
关停并转 guān tíng bìng zhuǎn
关内 guān nèi
关切 guān qiè
关卡 guān qiǎ
关塞 guān sài
关头 guān tóu
关情脉脉 guān qíng mài mài
关系 guān xì
关节 guān jié
关节点 guān jié diǎn
关节痛 guān jié tòng
关键期 guān jiàn qī
关门大吉 guān mén dà jí
兴中会 xīng zhōng huì
兴义 xīng yì
兴云致雨 xīng yún zhì yǔ
兴亡 xīng wáng
兴亡继绝 xīng wáng jì jué
兴会 xìng huì
兴修 xīng xiū
兴兵 xīng bīng
兴兵动众 xīng bīng dòng zhòng
兴冲冲 xìng chōng chōng
兴办 xīng bàn
兴味 xìng wèi
兴国 xīng guó
兴头 xìng tou
兴头儿上 xìng tou er shàng
兴如嚼蜡 xìng rú jiáo là
兴妖作乱 xīng yāo zuò luàn
兴工 xīng gōng
兴师 xīng shī
兴师动众 xīng shī dòng zhòng
兴平 xīng píng
兴废 xīng fèi
兴废继绝 xīng fèi jì jué
兴建 xīng jiàn
兴微继绝 xīng wēi jì jué
兴文 xīng wén
兴文匽武 xīng wén yǎn wǔ
兴替 xīng tì
兴灭继绝 xīng miè jì jué
兴盛 xīng shèng
兴邦 xīng bāng
兴邦立国 xīng bāng lì guó
兴隆 xīng lóng
兵不厌诈 bīng bù yàn zhà
兵不由将 bīng bù yóu jiàng
兵在精而不在多 bīng zài jīng ér bù zài duō
兵多将广 bīng duō jiàng guǎng
兵家 bīng jiā
兵差 bīng chāi
兵强则灭 bīng qiáng zé miè
兵役制度 bīng yì zhì dù
兵微将寡 bīng wēi jiàng guǎ
兵戎相见 bīng róng xiāng jiàn
兵拏祸结 bīng ná huò jié
兵行诡道 bīng xíng guǐ dào
兵败如山倒 bīng bài rú shān dǎo
兵车 bīng chē
兵车之会 bīng chē zhī huì
兵连祸结 bīng lián huò jié
其中 qí zhōng
其人 qí rén
其余 qí yú
其先 qí xiān
其内 qí nèi
其势汹汹 qí shì xiōng xiōng
其后 qí hòu
其时 qí shí
其貌不扬 qí mào bù yáng
其间 qí jiān
具体 jù tǐ
具体劳动 jù tǐ láo dòng
具体而微 jù tǐ ér wēi
具有 jù yǒu
具结 jù jié
典当 diǎn dàng
兹事体大 zī shì tǐ dà
养分 yǎng fèn
养女 yǎng nǚ
养家 yǎng jiā
养家活口 yǎng jiā huó kǒu
养家糊口 yǎng jiā hú kǒu
养父 yǎng fù
养生丧死 yǎng shēng sàng sǐ
养畜 yǎng chù
养精畜锐 yǎng jīng xù ruì
养虺成蛇 yǎng huǐ chéng shé
养路工 yǎng lù gōng
兼包并畜 jiān bāo bìng chù
兼听则明 jiān tīng zé míng
兼容并包 jiān róng bìng bāo
兼差 jiān chāi
兼收博采 jiān shōu bó cǎi
兼收并畜 jiān shōu bìng chù
兼收并采 jiān shōu bìng cǎi
兼程并进 jiān chéng bìng jìn
兼管 jiān guǎn
内中 nèi zhōng
内乡 nèi xiāng
内乱 nèi luàn
内争 nèi zhēng
内亲 nèi qīn
内人 nèi rén
内传 nèi zhuàn
内侄 nèi zhí
内侄女 nèi zhí nǚ
内关 nèi guān
内出血 nèi chū xuè
内分泌 nèi fēn mì
内功 nèi gōng
内勤 nèi qín
内参 nèi cān
内在 nèi zài
内地 nèi dì
内外 nèi wài
内外交困 nèi wài jiāo kùn
内外夹攻 nèi wài jiā gōng
内定 nèi dìng
内层 nèi céng
内峻外和 nèi jùn wài hé
内应 nèi yìng
内当家 nèi dāng jiā
内心 nèi xīn
内心里 nèi xīn lǐ
内急 nèi jí
内情 nèi qíng
内斜视 nèi xié shì
内柔外刚 nèi róu wài gāng
内查外调 nèi chá wài diào
内核 nèi hé
内河 nèi hé
内海 nèi hǎi
内热 nèi rè
内犯 nèi fàn
内画 nèi huà
内省 nèi xǐng
内省不疚 nèi xǐng bù jiù
内秀 nèi xiù
内耳 nèi ěr
内蕴 nèi yùn
内藏 nèi cáng
内行 nèi háng
内衣 nèi yī
内装修 nèi zhuāng xiū
内视反听 nèi shì fǎn tīng
内迁 nèi qiān
内退 nèi tuì
内道 nèi dào
内里 nèi lǐ
内陆 nèi lù
内陆国 nèi lù guó
内陆河 nèi lù hé
内陆海 nèi lù hǎi
内面 nèi miàn
再不 zài bù
再会 zài huì
再分 zài fēn
再度 zài dù
再有 zài yǒu
再行 zài xíng
再见 zài jiàn
再认识 zài rèn shí
再说 zài shuō
冒充 mào chōng
冒冒失失 mào mào shī shī
冒功 mào gōng
冒名 mào míng
冒名顶替 mào míng dǐng tì
冒失 mào shī
冒失鬼 mào shī guǐ
冒头 mào tóu
冒尖 mào jiān
冒死 mào sǐ
冒火 mào huǒ
冒犯 mào fàn
冒着 mào zhe
冒进 mào jìn
冒险 mào xiǎn
冒险家 mào xiǎn jiā
冒雨 mào yǔ
冒顶 mào dǐng
冒顿 mò dú
冗繁 rǒng fán
冗词赘句 rǒng cí zhuì jù
冗长 rǒng cháng
写信 xiě xìn
写字间 xiě zì jiān
写家 xiě jiā
军中无戏言 jūn zhōng wú xì yán
军乐 jūn yuè
军乐团 jūn yuè tuán
军乐队 jūn yuè duì
军事基地 jūn shì jī dì
军代表 jūn dài biǎo
军令 jūn lìng
军令如山 jūn lìng rú shān
军分区 jūn fēn qū
军区 jūn qū
军史 jūn shǐ
军品 jūn pǐn
军地 jūn dì
军大衣 jūn dà yī
军委 jūn wěi
军属 jūn shǔ
军校 jūn xiào
军火商 jūn huǒ shāng
军烈属 jūn liè shǔ
军管会 jūn guǎn huì
军纪 jūn jì
军车 jūn chē
军转民 jūn zhuǎn mín
军长 jūn zhǎng
军风 jūn fēng
农会 nóng huì
农副产品 nóng fù chǎn pǐn
农家 nóng jiā
农工商 nóng gōng shāng
农林牧副渔 nóng lín mù fù yú
农校 nóng xiào
农民协会 nóng mín xié huì
农民战争 nóng mín zhàn zhēng
农活儿 nóng huó er
农畜 nóng chù
农舍 nóng shè
农行 nóng háng
农转非 nóng zhuǎn fēi
农轻重 nóng qīng zhòng
冠上加冠 guān shàng jiā guān
冠上履下 guān shàng lǚ xià
冠军 guàn jūn
冠名 guàn míng
冠心病 guān xīn bìng
冠状动脉 guān zhuàng dòng mài
冠状动脉血栓形成 guān zhuàng dòng mài xuè shuān xíng chéng
冠状动脉阻塞 guān zhuàng dòng mài zǔ sè
冠状静脉 guān zhuàng jìng mài
冠玉 guān yù
冠盖 guān gài
冠盖如云 guān gài rú yún
冠盖相属 guān gài xiāng zhǔ
冠礼 guàn lǐ
冠绝一时 guàn jué yī shí
冠袍带履 guān páo dài lǚ
冢中枯骨 zhǒng zhōng kū gǔ
冤仇 yuān chóu
冤冤相报 yuān yuān xiāng bào
冤大头 yuān dà tóu
冤天屈地 yuān tiān qū dì
冤头 yuān tóu
冤家 yuān jiā
冤家对头 yuān jia duì tóu
冤家路狭 yuān jia lù xiá
冥思 míng sī
冥思苦索 míng sī kǔ suǒ
冥漠之都 míng mò zhī dōu
冥王星 míng wáng xīng
冥行擿埴 míng xíng zhì zhí
冥行盲索 míng xíng máng suǒ
冬不拉 dōng bù lā
冬日可爱 dōng rì kě ài
冬藏 dōng cáng
冯唐头白 féng táng tóu bái
冯唐已老 féng táng yǐ lǎo
冯唐易老 féng táng yì lǎo
冯唐白首 féng táng bái shǒu
冯河 píng hé
冯河暴虎 féng hé bào hǔ
冰上运动 bīng shàng yùn dòng
冰天雪地 bīng tiān xuě dì
冰山易倒 bīng shān yì dǎo
冰山难靠 bīng shān nán kào
冰川期 bīng chuān qī
冰心一片 bīng xīn yī piàn
冰排 bīng pái
冰散瓦解 bīng sàn wǎ jiě
冰斗 bīng dǒu
冰期 bīng qī
冰棍 bīng gùn
冰棍儿 bīng gùn ér
冰河期 bīng hé qī
冰消冻解 bīng xiāo dòng jiě
冰消瓦解 bīng xiāo wǎ jiě
冰炭不同器 bīng tàn bù tóng qì
冰炭不投 bīng tàn bù tóu
冰片 bīng piàn
冰碴儿 bīng chá ér
冰肌玉骨 bīng jī yù gǔ
冰解冻释 bīng jiě dòng shì
冰解壤分 bīng jiě rǎng fēn
冰解的破 bīng jiě dì pò
冰车 bīng chē
冰道 bīng dào
冲克 chōng kè
冲冠怒发 chōng guàn nù fà
冲冠眦裂 chōng guàn zì liè
冲冲 chōng chōng
冲击 chōng jī
冲击波 chōng jī bō
冲动 chōng dòng
冲劲 chòng jìn
冲劲儿 chòng jìn er
冲压 chòng yā
冲口 chōng kǒu
冲口而出 chōng kǒu ér chū
冲天 chōng tiān
冲天炮 chōng tiān pào
冲模 chòng mú
冲毁 chōng huǐ
冲水 chōng shuǐ
冲淡 chōng dàn
冲激 chōng jī
冲犯 chōng fàn
冲盹儿 chòng dǔn er
冲破 chōng pò
冲积 chōng jī
冲脉 chōng mài
冲量 chōng liàng
冲顶 chōng dǐng
冲风冒雨 chōng fēng mào yǔ
决不 jué bù
决不待时 jué bù dài shí
决别 jué bié
决定论 jué dìng lùn
决斗 jué dòu
决裂 jué liè
决非 jué fēi
况且 kuàng qiě
冷凝器 lěng níng qì
冷嘲 lěng cháo
冷暖自知 lěng nuǎn zì zhī
冷杉 lěng shān
冷水浇头 lěng shuǐ jiāo tóu
冷水浇背 lěng shuǐ jiāo bèi
冷色 lěng sè
冷若冰霜 lěng ruò bīng shuāng
冷落 lěng luò
冷藏 lěng cáng
冷血 lěng xuè
冷言冷语 lěng yán lěng yǔ
冷言热语 lěng yán rè yǔ
冷语 lěng yǔ
冷语冰人 lěng yǔ bīng rén
冷颤 lěng zhàn
冷风 lěng fēng
冷食 lěng shí
冻儿 dòng er
冻结 dòng jié
冻裂 dòng liè
冻解冰释 dòng jiě bīng shì
冻雨 dòng yǔ
净余 jìng yú
净利 jìng lì
净口 jìng kǒu
净土 jìng tǔ
净尽 jìng jìn
净得 jìng de
净心 jìng xīn
净手 jìng shǒu
净是 jìng shì
净水 jìng shuǐ
净空 jìng kōng
净胜 jìng shèng
净赚 jìng zhuàn
净身 jìng shēn
净重 jìng zhòng
净高 jìng gāo
凄切 qī qiè
凄风冷雨 qī fēng lěng yǔ
凄风寒雨 qī fēng hán yǔ
凄风楚雨 qī fēng chǔ yǔ
凄风苦雨 qī fēng kǔ yǔ
准信 zhǔn xìn
准信儿 zhǔn xìn er
准噶尔盆地 zhǔn gá ěr pén dì
准头 zhǔn tou
准将 zhǔn jiàng
准尉 zhǔn wèi
准数 zhǔn shù
准是 zhǔn shì
凉了半截 liáng le bàn jié
凉冰冰 liáng bīng bīng
凉拌 liáng bàn
凉棚 liáng péng
凉水 liáng shuǐ
凉白开 liáng bái kāi
凉粉 liáng fěn
凉面 liáng miàn
凉风 liáng fēng
凋落 diāo luò
凌上虐下 líng shàng nüè xià
凌弱暴寡 líng ruò bào guǎ
凌空 líng kōng
减数 jiǎn shù
减省 jiǎn shěng
凑数 còu shù
凛若冰霜 lǐn ruò bīng shuāng
凛若秋霜 lǐn ruò qiū shuāng
凝华 níng huá
凝合 níng hé
凝瞩不转 níng zhǔ bù zhuǎn
凝结 níng jié
凝重 níng zhòng
几不欲生 jī bù yù shēng
几乎 jī hū
几乎不 jī hū bù
几何 jǐ hé
几儿 jǐ ér
几分 jǐ fēn
几十年如一日 jǐ shí nián rú yí rì
几多 jǐ duō
几度 jǐ dù
几微 jī wēi
几时 jǐ shí
几曾 jǐ zēng
几次三番 jǐ cì sān fān
几率 jī lǜ
几经 jǐ jīng
几起几落 jǐ qǐ jǐ luò
凡才浅识 fán cái qiǎn shí
凡胎浊骨 fán tāi zhuó gǔ
凡间 fán jiān
凤冠 fèng guān
凤协鸾和 fèng xié luán hé
凤只鸾孤 fèng zhī luán gū
凤尾 fèng wěi
凤尾草 fèng wěi cǎo
凤尾鱼 fèng wěi yú
凤毛济美 fèng máo jì měi
凤毛麟角 fèng máo lín jiǎo
凤泊鸾漂 fèng bó luán piāo
凤泊鸾飘 fèng bó luán piāo
凤爪 fèng zhǎo
凤食鸾栖 fèng shí luán qī
凤鸣朝阳 fèng míng zhāo yáng
凫短鹤长 fú duǎn hè cháng
凫鹤从方 fú hè cóng fāng
凭信 píng xìn
凭单 píng dān
凭空 píng kōng
凭藉 píng jiè
凯旋 kǎi xuán
凯旋门 kǎi xuán mén
凶信 xiōng xìn
凶恶 xiōng è
凶暴 xiōng bào
凶相 xiōng xiàng
凶相毕露 xiōng xiàng bì lù
凹度 āo dù
凹面 āo miàn
出一头地 chū yī tóu dì
出乖弄丑 chū guāi nòng chǒu
出乖露丑 chū guāi lòu chǒu
出乘 chū chéng
出云入泥 chū yún rù ní
出人头地 chū rén tóu dì
出入将相 chū rù jiàng xiàng
出入无间 chū rù wú jiān
出勤率 chū qín lǜ
出发 chū fā
出发点 chū fā diǎn
出口加工区 chū kǒu jiā gōng qū
出圈 chū quān
出圈儿 chū quān ér
出塞 chū sài
出处 chū chǔ
出处进退 chū chǔ jìn tuì
出头 chū tóu
出头之日 chū tóu zhī rì
出头露面 chū tóu lòu miàn
出奇 chū qí
出奇制胜 chū qí zhì shèng
出奇取胜 chū qí qǔ shèng
出奇致胜 chū qí zhì shèng
出家 chū jiā
出家人 chū jiā rén
出将入相 chū jiàng rù xiàng
出差 chū chāi
出差错 chū chā cuò
出师不利 chū shī bù lì
出师有名 chū shī yǒu míng
出掌 chū zhǎng
出摊儿 chū tān er
出有入无 chū yǒu rù wú
出栏 chū lán
出栏率 chū lán lǜ
出没 chū mò
出没不常 chū mò bù cháng
出没无常 chū mò wú cháng
出洋相 chū yáng xiàng
出活儿 chū huó er
出浅入深 chū qiǎn rù shēn
出生率 chū shēng lǜ
出租汽车 chū zū qì chē
出笼 chū lóng
出落 chū là
出血 chū xiě
出行 chū xíng
出言吐语 chū yán tǔ yǔ
出车 chū chē
出远门 chū yuǎn mén
出风头 chū fēng tou
击中 jī zhòng
击发 jī fā
击打 jī dǎ
击排冒没 jī pái mào mò
击搏挽裂 jī bó wǎn liè
击楫中流 jī jí zhōng liú
击溃 jī kuì
击电奔星 jī diàn bēn xīng
击石弹丝 jī shí tán sī
击筑悲歌 jī zhù bēi gē
击落 jī luò
击钟鼎食 jī zhōng dǐng shí
函大 hán dà
函授学校 hán shòu xué xiào
函数 hán shù
函盖乾坤 hán gài qián kūn
函盖充周 hán gài chōng zhōu
函矢相攻 hán shǐ xiāng gōng
凿坏以遁 záo pī yǐ dùn
凿坏而遁 záo pī ér dùn
凿空之论 záo kōng zhī lùn
凿空取办 záo kōng qǔ bàn
凿饮耕食 záo yǐn gēng shí
刀刀见血 dāo dāo jiàn xiě
刀削 dāo xiāo
刀削面 dāo xiāo miàn
刀头 dāo tóu
刀头剑首 dāo tóu jiàn shǒu
刀头舔蜜 dāo tóu tiǎn mì
刀把 dāo bà
刀把儿 dāo bà er
刀枪不入 dāo qiāng bù rù
刀片 dāo piàn
刀背 dāo bèi
刀过竹解 dāo guò zhú jiě
刁天决地 diāo tiān jué dì
刁钻 diāo zuān
刁钻促狭 diāo zuān cù xiá
刁钻刻薄 diāo zuān kè bó
刃迎缕解 rèn yíng lǚ jiě
分三别两 fēn sān bié liǎng
分为 fēn wéi
分会 fēn huì
分光 fēn guāng
分兵 fēn bīng
分内 fèn nèi
分分 fēn fēn
分列 fēn liè
分利 fēn lì
分别 fēn bié
分别部居 fēn bié bù jū
分劳赴功 fēn láo fù gōng
分化 fēn huà
分化瓦解 fēn huà wǎ jiě
分区 fēn qū
分发 fēn fā
分合 fēn hé
分地 fēn dì
分外 fèn wài
分头 fēn tóu
分子 fèn zǐ
分子运动论 fēn zǐ yùn dòng lùn
分子量 fēn zǐ liàng
分家 fēn jiā
分寸 fēn cùn
分寸之末 fēn cùn zhī mò
分封 fēn fēng
分居 fēn jū
分工 fēn gōng
分布 fēn bù
分庭伉礼 fēn tíng kàng lǐ
分庭抗礼 fēn tíng kàng lǐ
分开 fēn kāi
分当 fèn dāng
分得 fēn de
分心 fēn xīn
分情破爱 fēn qíng pò ài
分成 fēn chéng
分我杯羹 fēn wǒ bēi gēng
分房 fēn fáng
分房减口 fēn fáng jiǎn kǒu
分手 fēn shǒu
分批 fēn pī
分拣 fēn jiǎn
分支 fēn zhī
分散 fēn sàn
分散主义 fēn sàn zhǔ yì
分数 fēn shù
分文 fēn wén
分文不取 fēn wén bù qǔ
分文不名 fēn wén bù míng
分文不直 fēn wén bù zhí
分文未取 fēn wén wèi qǔ
分斤拨两 fēn jīn bō liǎng
分斤掰两 fēn jīn bāi liǎng
分时 fēn shí
分明 fēn míng
分星劈两 fēn xīng pī liǎng
分星拨两 fēn xīng bō liǎng
分星擘两 fēn xīng bò liǎng
分朋引类 fēn péng yǐn lèi
分期 fēn qī
分析 fēn xī
分析语 fēn xī yǔ
分枝 fēn zhī
分校 fēn xiào
分毫 fēn háo
分毫不取 fēn háo bù qǔ
分毫不差 fēn háo bù chā
分水 fēn shuǐ
分泌 fēn mì
分流 fēn liú
分清 fēn qīng
分烟析生 fēn yān xī shēng
分片 fēn piàn
分甘共苦 fēn gān gòng kǔ
分甘同苦 fēn gān tóng kǔ
分神 fēn shén
分离 fēn lí
分离器 fēn lí qì
分秒 fēn miǎo
分秒必争 fēn miǎo bì zhēng
分立 fēn lì
分章析句 fēn zhāng xī jù
分管 fēn guǎn
分类 fēn lèi
分红 fēn hóng
分给 fēn gěi
分群 fēn qún
分色 fēn sè
分节 fēn jié
分茅列土 fēn máo liè tǔ
分茅胙土 fēn máo zuò tǔ
分茅裂土 fēn máo liè tǔ
分茅赐土 fēn máo cì tǔ
分茅锡土 fēn máo xī tǔ
分行 fēn háng
分裂 fēn liè
分装 fēn zhuāng
分角器 fēn jiǎo qì
分解 fēn jiě
分说 fēn shuō
分贝 fēn bèi
分路 fēn lù
分身 fēn shēn
分身减口 fēn shēn jiǎn kǒu
分进合击 fēn jìn hé jī
分送 fēn sòng
分道 fēn dào
分配 fēn pèi
分野 fēn yě
分量 fèn liàng
分金掰两 fēn jīn bāi liǎng
分钗劈凤 fēn chāi pī fèng
分镜头 fēn jìng tóu
分门别类 fēn mén bié lèi
分阴 fēn yīn
分隔 fēn gé
分频 fēn pín
分风劈流 fēn fēng pǐ liú
分飞 fēn fēi
分餐 fēn cān
分香卖履 fēn xiāng mài lǚ
切不 qiè bù
切中 qiè zhòng
切中时病 qiè zhòng shí bìng
切入 qiē rù
切分 qiē fēn
切切 qiē qiē
切切在心 qiè qiè zài xīn
切切此布 qiè qiè cǐ bù
切切私语 qiè qiè sī yǔ
切切请求 qiè qiè qǐng qiú
切削 qiē xiāo
切力效应 qiē lì xiào yìng
切勿 qiè wù
切勿靠近 qiè wù kào jìn
切勿颠倒 qiè wù diān dǎo
切变 qiē biàn
切口 qiē kǒu
切合 qiè hé
切当 qiè dàng
切断 qiē duàn
切末 qiè mò
切激 qiè jī
切点 qiē diǎn
切片 qiē piàn
切理会心 qiē lǐ huì xīn
切理厌心 qiē lǐ yàn xīn
切理餍心 qiē lǐ yàn xīn
切瑳琢磨 qiē cuō zhuó mó
切磋琢磨 qiē cuō zhuó mó
切结 qiē jié
切肤之痛 qiè fū zhī tòng
切脉 qiè mài
切花 qiē huā
切身 qiè shēn
切身体会 qiè shēn tǐ huì
切近 qiè jìn
切近的当 qiē jìn de dāng
切迫 qiè pò
切面 qiē miàn
切音 qiè yīn
切骨 qiè gǔ
切骨之仇 qiè gǔ zhī chóu
切骨之寒 qiè gǔ zhī hán
切齿 qiè chǐ
切齿拊心 qiè chǐ fǔ xīn
切齿痛心 qiè chǐ tòng xīn
切齿腐心 qiè chǐ fǔ xīn
刊发 kān fā
刊头 kān tóu
刊心刻骨 kān xīn kè gǔ
刊用 kān yòng
刊行 kān xíng
刍荛之见 chú ráo zhī jiàn
刎颈 wěn jǐng
刎颈之交 wěn jǐng zhī jiāo
刎颈交 wěn jǐng jiāo
刑措不用 xíng cuò bù yòng
刑期 xíng qī
划一 huà yī
划一不二 huà yī bù èr
划不来 huá bù lái
划分 huà fēn
划地为牢 huá dì wéi láo
划定 huà dìng
划归 huà guī
划得来 huá de lái
划拉 huá lā
划水 huà shuǐ
划清 huà qīng
划行 huá xíng
划过 huá guò
列传 liè zhuàn
列功覆过 liè gōng fù guò
列土分茅 liè tǔ fēn máo
列宁主义 liè níng zhǔ yì
列强 liè qiáng
列车 liè chē
列车长 liè chē zhǎng
列风淫雨 liè fēng yín yǔ
列鼎而食 liè dǐng ér shí
刘海儿 liú hǎi er
刘郎前度 liú láng qián dù
刚中柔外 gāng zhōng róu wài
刚劲 gāng jìng
刚好 gāng hǎo
刚度 gāng dù
刚强 gāng qiáng
刚正 gāng zhèng
刚正不阿 gāng zhèng bù ē
刚直不阿 gāng zhí bù ē
刚石 gāng shí
刚肠嫉恶 gāng cháng jí è
创世纪 chuàng shì jì
创业 chuàng yè
创业史 chuàng yè shǐ
创业垂统 chuàng yè chuí tǒng
创作 chuàng zuò
创作方法 chuàng zuò fāng fǎ
创出 chuàng chū
创利 chuàng lì
创剧痛深 chuàng jù tòng shēn
创办 chuàng bàn
创口 chuāng kǒu
创始 chuàng shǐ
创始人 chuàng shǐ rén
创巨痛深 chuāng jù tòng shēn
创建 chuàng jiàn
创意 chuàng yì
创意造言 chuàng yì zào yán
创痛 chuāng tòng
创税 chuàng shuì
创立 chuàng lì
创编 chuàng biān
创见 chuàng jiàn
创钜痛深 chuàng jù tòng shēn
创面 chuāng miàn
初七 chū qī
初中 chū zhōng
初中生 chū zhōng shēng
初五 chū wǔ
初会 chū huì
初八 chū bā
初六 chū liù
初具规模 chū jù guī mó
初十 chū shí
初叶 chū yè
初四 chū sì
初度 chū dù
初期 chū qī
初见 chū jiàn
初评 chū píng
初识 chū shí
初露 chū lù
初露头角 chū lù tóu jiǎo
删削 shān xuē
删华就素 shān huá jiù sù
删繁就简 shān fán jiù jiǎn
判分 pàn fēn
判别 pàn bié
判然不同 pàn rán bù tóng
判罚 pàn fá
判若两人 pàn ruò liǎng rén
判若云泥 pàn ruò yún ní
判若天渊 pàn ruò tiān yuān
判若水火 pàn ruò shuǐ huǒ
刨冰 bào bīng
刨刀 bào dāo
刨削 páo xuē
刨子 bào zǐ
刨工 páo gōng
刨平 bào píng
刨床 bào chuáng
刨木板 bào mù bǎn
刨根儿 páo gēn ér
刨花 bào huā
刨花板 bào huā bǎn
刨食 páo shí
利不亏义 lì bù kuī yì
利令智昏 lì lìng zhì hūn
利口捷给 lì kǒu jié jǐ
利害得失 lì hài dé shī
利害相关 lì hài xiāng guān
利尿 lì niào
利得 lì de
利息率 lì xī lǜ
利欲熏心 lì yù xūn xīn
利爪 lì zhuǎ
利率 lì lǜ
利用 lì yòng
利用率 lì yòng lǜ
利税 lì shuì
利落 lì luò
利齿 lì chǐ
利齿能牙 lì chǐ néng yá
别人 bié rén
别传 bié zhuàn
别作良图 bié zuò liáng tú
别具匠心 bié jù jiàng xīn
别出心裁 bié chū xīn cái
别出新裁 bié chū xīn cái
别出机杼 bié chū jī zhù
别史 bié shǐ
别名 bié míng
别嘴 biè zuǐ
别国 bié guó
别字 bié zì
别家 bié jiā
别居异财 bié jū yì cái
别开生面 bié kāi shēng miàn
别开蹊径 bié kāi xī jìng
别情 bié qíng
别提 bié tí
别无出路 bié wú chū lù
别无长物 bié wú cháng wù
别是 bié shì
别有人间 bié yǒu rén jiān
别有天地 bié yǒu tiān dì
别有洞天 bié yǒu dòng tiān
别有滋味 bié yǒu zī wèi
别有用心 bié yǒu yòng xīn
别有风味 bié yǒu fēng wèi
别本 bié běn
别离 bié lí
别称 bié chēng
别管 bié guǎn
别籍异居 bié jí yì jū
别籍异财 bié jí yì cái
别类分门 bié lèi fēn mén
别置一喙 bié zhì yī huì
别论 bié lùn
别说 bié shuō
别财异居 bié cái yì jū
别风淮雨 bié fēng huái yǔ
别鹤孤鸾 bié hè gū luán
别鹤离鸾 bié hè lí luán
刮削 guā xiāo
刮垢磨光 guā gòu mó guāng
刮目相见 guā mù xiāng jiàn
刮野扫地 guā yě sǎo dì
刮风 guā fēng
到了 dào le
到会 dào huì
到头 dào tóu
到头来 dào tóu lái
到家 dào jiā
到期 dào qī
刳精呕血 kū jīng ǒu xuè
刳脂剔膏 kū zhī tī gāo
制度 zhì dù
制服 zhì fú
制服呢 zhì fú ne
制热 zhì rè
刷拉 shuā lā
刷毛 shuā máo
刷白 shuà bái
刹刹 shā shā
刹时 chà shí
刹车 shā chē
刹那 chà nà
刺上化下 cì shàng huà xià
刺儿 cì ér
刺儿头 cì ér tóu
刺刀 cì dāo
刺参 cì cān
刺史 cì shǐ
刺头 cì tóu
刺字 cì zì
刺心切骨 cì xīn qiè gǔ
刺心刻骨 cì xīn kè gǔ
刺柏 cì bǎi
刺激 cì jī
刺激素 cì jī sù
刺痛 cì tòng
刺的一声 cī de yī shēng
刺目 cì mù
刺破 cì pò
刺耳 cì ěr
刺配 cì pèi
刺骨 cì gǔ
刺鼻 cì bí
刻不待时 kè bù dài shí
刻度 kè dù
刻木为鹄 kè mù wéi hú
刻章琢句 kè zhāng zhuó jù
刻翠裁红 kè cuì cái hóng
刻肌刻骨 kè jī kè gǔ
刻花 kè huā
刻薄 kè bó
刻薄寡思 kè bó guǎ sī
刻雾裁风 kè wù cái fēng
刻骨 kè gǔ
刻骨崩心 kè gǔ bēng xīn
刻骨铭心 kè gǔ míng xīn
刻骨镂心 kè gǔ lòu xīn
刽子手 guì zi shǒu
剀切 kǎi qiè
剀切详明 kǎi qiè xiáng míng
剂量 jì liàng
剃光头 tì guāng tóu
剃发 tì fà
剃头 tì tóu
剃头刀 tì tóu dāo
剃度 tì dù
削削 xuē xuē
削发 xuē fà
削地 xuē dì
削平 xuē píng
削球 xiāo qiú
削瘦 xuē shòu
削皮 xiāo pí
削职 xuē zhí
削职为民 xuē zhí wéi mín
削足适履 xuē zú shì lǚ
削铁如泥 xuē tiě rú ní
削铁无声 xuē tiě wú shēng
削铅笔 xiāo qiān bǐ
削面 xiāo miàn
前不久 qián bù jiǔ
前仇 qián chóu
前仰后合 qián yǎng hòu hé
前俯后仰 qián fǔ hòu yǎng
前功尽弃 qián gōng jìn qì
前功尽灭 qián gōng jìn miè
前古未有 qián gǔ wèi yǒu
前合后仰 qián hé hòu yǎng
前后脚儿 qián hòu jiǎo er
前头 qián tou
前所未有 qián suǒ wèi yǒu
前排 qián pái
前提 qián tí
前朝 qián cháo
前期 qián qī
前爪 qián zhǎo
前程万里 qián chéng wàn lǐ
前行 qián xíng
前街后巷 qián jiē hòu xiàng
前言不搭后语 qián yán bù dā hòu yǔ
前言往行 qián yán wǎng xíng
前车 qián chē
前车之鉴 qián chē zhī jiàn
前车可鉴 qián chē kě jiàn
前辙可鉴 qián zhé kě jiàn
剔抽秃揣 tī chōu tū chuǎi
剔红 tī hóng
剔蝎撩蜂 tī xiē liáo fēng
剖心泣血 pōu xīn qì xuè
剖肝泣血 pōu gān qì xuè
剖腹藏珠 pōu fù cáng zhū
剖蚌得珠 pōu bàng dé zhū
剖蚌求珠 pōu bàng qiú zhū
剖解 pōu jiě
剥削 bō xuē
剥剥 bāo bāo
剥取 bāo qǔ
剥壳 bāo ké
剥极则复 bō jí zé fù
剥极将复 bō jí jiāng fù
剥极必复 bō jí bì fù
剥皮 bāo pí
剥皮抽筋 bō pí chōu jīn
剥离 bō lí
剥肤之痛 bō fū zhī tòng
剥脱 bāo tuō
剥花生 bāo huā shēng
剥苹果 bāo píng guǒ
剥落 bō luò
剥除 bāo chú
剧中人 jù zhōng rén
剧作家 jù zuò jiā
剩馥残膏 shèng fù cán gāo
剪发 jiǎn fà
剪发杜门 jiǎn fà dù mén
剪发被褐 jiǎn fā bèi hè
剪枝 jiǎn zhī
副产品 fù chǎn pǐn
副作用 fù zuò yòng
副品 fù pǐn
副官 fù guān
副总 fù zǒng
副手 fù shǒu
副本 fù běn
副歌 fù gē
副行长 fù háng zhǎng
副食 fù shí
副食品 fù shí pǐn
副高 fù gāo
割切 gē qiē
割地 gē dì
割地求和 gē dì qiú hé
割尾巴 gē wěi bā
割席分坐 gē xí fēn zuò
割据 gē jù
割据一方 gē jù yī fāng
割股疗亲 gē gǔ liáo qīn
割臂盟公 gē bì méng gōng
割裂 gē liè
割骨疗亲 gē gǔ liáo qīn
剿灭 jiǎo miè
剿袭 chāo xí
剿说 chāo shuō
劈刀 pī dāo
劈天盖地 pī tiān gài dì
劈头 pī tóu
劈山 pī shān
劈成 pǐ chéng
劈手 pī shǒu
劈木头 pī mù tou
劈柴 pǐ chái
劈胸 pī xiōng
劈裂 pī liè
劈面 pī miàn
劚玉如泥 zhú yù rú ní
力不从心 lì bù cóng xīn
力不能支 lì bù néng zhī
力不自胜 lì bù zì shèng
力争上游 lì zhēng shàng yóu
力可拔山 lì kě bá shān
力大无比 lì dà wú bǐ
力学不倦 lì xué bù juàn
力学笃行 lì xué dǔ xíng
力小任重 lì xiǎo rèn zhòng
力尽 lì jìn
力尽筋疲 lì jìn jīn pí
力度 lì dù
力点 lì diǎn
力能扛鼎 lì néng gāng dǐng
力行 lì xíng
力透纸背 lì tòu zhǐ bèi
力量 lì liàng
劝和 quàn hé
劝善惩恶 quàn shàn chéng è
劝善戒恶 quàn shàn jiè è
劝善黜恶 quàn shàn chù è
劝解 quàn jiě
劝说 quàn shuō
劝降 quàn xiáng
办好 bàn hǎo
办差 bàn chāi
功夫 gōng fu
功夫片 gōng fū piàn
功夫茶 gōng fū chá
功德无量 gōng dé wú liàng
功成不居 gōng chéng bù jū
功成行满 gōng chéng xíng mǎn
功率 gōng lǜ
功率放大器 gōng lǜ fàng dà qì
功盖天下 gōng gài tiān xià
功能 gōng néng
功若丘山 gōng ruò qiū shān
功薄蝉翼 gōng bó chán yì
功过 gōng guò
功高望重 gōng gāo wàng zhòng
加农炮 jiā nóng pào
加劲 jiā jìn
加勒比海 jiā lè bǐ hǎi
加压 jiā yā
加塞儿 jiā sāi ér
加强 jiā qiáng
加数 jiā shù
加枝添叶 jiā zhī tiān yè
加班加点 jiā bān jiā diǎn
加车 jiā chē
加速度 jiā sù dù
加重 jiā zhòng
务期 wù qī
务正 wù zhèng
劣迹昭着 liè jì zhāo zhe
动不动 dòng bù dòng
动不失时 dòng bù shī shí
动地惊天 dòng dì jīng tiān
动如参商 dòng rú shēn shāng
动弹 dòng tán
动画影片 dòng huà yǐng piān
动画片 dòng huà piàn
动真格的 dòng zhēn gé de
动能 dòng néng
动脉 dòng mài
动荡不定 dòng dàng bù dìng
动量 dòng liàng
助人下石 zhù rén xià shí
助人为乐 zhù rén wéi lè
助兴 zhù xìng
助听器 zhù tīng qì
助威 zhù wēi
助学 zhù xué
助学金 zhù xué jīn
助工 zhù gōng
助我张目 zhù wǒ zhāng mù
助手 zhù shǒu
助推 zhù tuī
助推器 zhù tuī qì
助攻 zhù gōng
助桀为恶 zhù jié wéi è
助桀为暴 zhù jié wéi bào
助跑 zhù pǎo
助边输财 zhù biān shū cái
助长 zhù zhǎng
努劲儿 nǔ jìn er
努尔哈赤 nǔ ěr hā chì
努瓦克肖特 nǔ wǎ kè xiāo tè
劫富济贫 jié fù jì pín
劫数 jié shù
励行 lì xíng
劲儿 jìn er
劲兵 jìng bīng
劲吹 jìng chuī
劲头 jìn tóu
劲射 jìng shè
劲敌 jìng dí
劲旅 jìng lǚ
劲松 jìng sōng
劲歌 jìn gē
劲直 jìng zhí
劲草 jìng cǎo
劲道 jìn dào
劲风 jìng fēng
劲骨丰肌 jìng gǔ fēng jī
劳什子 láo shí zi
劳务输出 láo wù shū chū
劳动布 láo dòng bù
劳动强度 láo dòng qiáng dù
劳动教养 láo dòng jiào yǎng
劳动生产率 láo dòng shēng chǎn lǜ
劳改犯 láo gǎi fàn
劳模 láo mó
劳燕分飞 láo yàn fēn fēi
劳碌 láo lù
劳筋苦骨 láo jīn kǔ gǔ
劳累 láo lèi
劳逸结合 láo yì jié hé
势不两立 shì bù liǎng lì
势不可当 shì bù kě dāng
势倾朝野 shì qīng cháo yě
势合形离 shì hé xíng lí
势在必行 shì zài bì xíng
势头 shì tou
势孤力薄 shì gū lì báo
势焰熏天 shì yàn xūn tiān
势能 shì néng
势若脱兔 shì ruò tuō tù
勃兴 bó xīng
勃发 bó fā
勃然 bó rán
勃然变色 bó rán biàn sè
勇冠三军 yǒng guàn sān jūn
勇将 yǒng jiàng
勉勉强强 miǎn miǎn qiǎng qiáng
勉强 miǎn qiǎng
勒令 lè lìng
勒派 lè pài
勒索 lè suǒ
勒逼 lè bī
勘查 kān chá
勘校 kān jiào
勤于 qín yú
勤学好问 qín xué hǎo wèn
勤朴 qín piáo
勤杂工 qín zá gōng
勤能补拙 qín néng bǔ zhuō
勺状软骨 sháo zhuàng ruǎn gǔ
勾三搭四 gōu sān dā sì
勾勒 gōu lè
勾引 gōu yǐn
勾当 gòu dàng
勾心斗角 gōu xīn dòu jiǎo
勾栏 gōu lán
勾画 gōu huà
勾结 gōu jié
勾通 gōu tōng
勾魂 gōu hún
勿谓言之不预 wù wèi yán zhī bù yù
匀和 yún hé
匀称 yún chèn
匀脂抹粉 yún zhī mǒ fěn
包举宇内 bāo jǔ yǔ nèi
包乘 bāo chéng
包修 bāo xiū
包围圈 bāo wéi quān
包头 bāo tóu
包工头 bāo gōng tóu
包干 bāo gān
包干儿 bāo gān ér
包扎 bāo zā
包打听 bāo dǎ tīng
包打天下 bāo dǎ tiān xià
包活儿 bāo huó er
包片儿 bāo piān er
包络 bāo luò
包罗万有 bāo luó wàn yǒu
包蕴 bāo yùn
包藏 bāo cáng
包藏奸心 bāo cáng jiān xīn
包藏祸心 bāo cáng huò xīn
包被 bāo bèi
包车 bāo chē
包间 bāo jiān
匏瓜空悬 páo guā kōng xuán
化为乌有 huà wéi wū yǒu
化作 huà zuò
化分 huà fēn
化及豚鱼 huà jí tún yú
化合 huà hé
化名 huà míng
化外 huà wài
化外之民 huà wài zhī mín
化妆 huà zhuāng
化妆品 huà zhuāng pǐn
化学 huà xué
化学元素 huà xué yuán sù
化学反应 huà xué fǎn yìng
化工 huà gōng
化成 huà chéng
化日光天 huà rì guāng tiān
化生 huà shēng
化石 huà shí
化纤 huà xiān
化腐为奇 huà fǔ wéi qí
化腐成奇 huà fǔ chéng qí
化腐朽为神奇 huà fǔ xiǔ wéi shén qí
化若偃草 huà ruò yǎn cǎo
化装 huà zhuāng
化解 huà jiě
化身 huà shēn
化零为整 huà líng wéi zhěng
化鸱为凤 huà chī wéi fèng
北上 běi shàng
北京 běi jīng
北京人 běi jīng rén
北京时间 běi jīng shí jiān
北京猿人 běi jīng yuán rén
北京话 běi jīng huà
北京鸭 běi jīng yā
北伐 běi fá
北伐军 běi fá jūn
北伐战争 běi fá zhàn zhēng
北冰洋 běi bīng yáng
北叟失马 běi sǒu shī mǎ
北周 běi zhōu
北国 běi guó
北头 běi tóu
北宫婴儿 běi gōng yīng ér
北平 běi píng
北戴河 běi dài hé
北斗 běi dǒu
北斗七星 běi dǒu qī xīng
北斗星 běi dǒu xīng
北方 běi fāng
北方人 běi fāng rén
北方方言 běi fāng fāng yán
北方话 běi fāng huà
北朝 běi cháo
北极 běi jí
北极光 běi jí guāng
北极圈 běi jí quān
北极星 běi jí xīng
北极狐 běi jí hú
北江 běi jiāng
北洋 běi yáng
北海 běi hǎi
北海道 běi hǎi dào
北爱尔兰 běi ài ěr lán
北瓜 běi guā
北辰 běi chén
北辰星拱 běi chén xīng gǒng
北边 běi biān
北道主人 běi dào zhǔ rén
北部 běi bù
北部湾 běi bù wān
北郭先生 běi guō xiān shēng
北鄙之声 běi bǐ zhī shēng
北鄙之音 běi bǐ zhī yīn
北门 běi mén
北门之管 běi mén zhī guǎn
北门南牙 běi mén nán yá
北门管钥 běi mén guǎn yuè
北门锁钥 běi mén suǒ yuè
北非 běi fēi
北面 běi miàn
北风 běi fēng
匙子 chí zi
匝地 zā dì
匠石运金 jiàng shí yùn jīn
匡乱反正 kuāng luàn fǎn zhèng
匡俗济时 kuāng sú jì shí
匡国济时 kuāng guó jì shí
匡正 kuāng zhèng
匪伊朝夕 fěi yī zhāo xī
匪朝伊夕 fěi cháo yī xī
匪石之心 fěi shí zhī xīn
匹夫 pǐ fū
匹夫怀璧 pǐ fū huái bì
匹马当先 pǐ mǎ dāng xiān
区内 qū nèi
区分 qū fēn
区别 qū bié
区区 qū qū
区区之众 qū qū zhī zhòng
区区此心 qū qū cǐ xīn
区域 qū yù
区域网路 qū yù wǎng luò
区外 qū wài
区间 qū jiān
区闻陬见 qū wén zōu jiàn
医家 yī jiā
匿名信 nì míng xìn
匿影藏形 nì yǐng cáng xíng
匿藏 nì cáng
匿迹隐形 nì jì yǐn xíng
十一月 shí yī yuè
十一点 shí yì diǎn
十万 shí wàn
十万八千里 shí wàn bā qiān lǐ
十万火急 shí wàn huǒ jí
十不当一 shí bù dāng yī
十世单传 shí shì dān chuán
十二万分 shí èr wàn fēn
十二分 shí èr fēn
十二属 shí èr shǔ
十二经脉 shí èr jīng mài
十亲九故 shí qīn jiǔ gù
十冬腊月 shí dōng là yuè
十分 shí fēn
十发十中 shí fā shí zhōng
十口相传 shí kǒu xiāng chuán
十四行诗 shí sì háng shī
十夫桡椎 shí fū ráo zhuī
十夫楺椎 shí fū róu zhuī
十字街头 shí zì jiē tóu
十字路头 shí zì lù tóu
十室九空 shí shì jiǔ kōng
十家 shí jiā
十寒一暴 shí hán yī bào
十年内乱 shí nián nèi luàn
十指有长短 shí zhǐ yǒu cháng duǎn
十捉九着 shí zhuō jiǔ zhe
十日并出 shí rì bìng chū
十有八九 shí yǒu bā jiǔ
十步香车 shí bù xiāng chē
十死不问 shí sǐ bù wèn
十羊九牧 shí yáng jiǔ mù
十行俱下 shí háng jù xià
十转九空 shí zhuǎn jiǔ kōng
十里堡 shí lǐ pù
十里长亭 shí lǐ cháng tíng
十雨五风 shí yǔ wǔ fēng
十面埋伏 shí miàn mái fú
十风五雨 shí fēng wǔ yǔ
千万 qiān wàn
千乘之国 qiān shèng zhī guó
千了万当 qiān le wàn dàng
千了百了 qiān liǎo bǎi liǎo
千了百当 qiān liǎo bǎi dàng
千仞无枝 qiān rèn wú zhī
千兵万马 qiān bīng wàn mǎ
千军万马 qiān jūn wàn mǎ
千分尺 qiān fēn chǐ
千千万万 qiān qiān wàn wàn
千卡 qiān kǎ
千变万轸 qiān biàn wàn zhěn
千古绝调 qiān gǔ jué diào
千回万转 qiān huí wàn zhuǎn
千回百折 qiān huí bǎi zhé
千回百转 qiān huí bǎi zhuǎn
千夫 qiān fū
千夫所指 qiān fū suǒ zhǐ
千夫指 qiān fū zhǐ
千山万水 qiān shān wàn shuǐ
千差万别 qiān chā wàn bié
千推万阻 qiān tuī wàn zǔ
千方万计 qiān fāng wàn jì
千日红 qiān rì hóng
千村万落 qiān cūn wàn luò
千水万山 qiān shuǐ wàn shān
千瓦 qiān wǎ
千瓦小时 qiān wǎ xiǎo shí
千瓦时 qiān wǎ shí
千生万死 qiān shēng wàn sǐ
千磨百折 qiān mó bǎi shé
千秋万古 qiān qiū wàn gǔ
千秋万岁 qiān qiū wàn suì
千章万句 qiān zhāng wàn jù
千虑一得 qiān lǜ yī dé
千言万语 qiān yán wàn yǔ
千言万说 qiān yán wàn shuō
千语万言 qiān yǔ wàn yán
千载一会 qiān zǎi yī huì
千载一合 qiān zài yī hé
千载一圣 qiān zǎi yī shèng
千载一弹 qiān zǎi yī dàn
千载一日 qiān zǎi yī rì
千载一时 qiān zǎi yī shí
千辛万苦 qiān xīn wàn kǔ
千里同风 qiān lǐ tóng fēng
千里结言 qiān lǐ jié yán
千里骏骨 qiān lǐ jùn gǔ
千金之家 qiān jīn zhī jiā
千金市骨 qiān jīn shì gǔ
千钧一发 qiān jūn yī fà
千闻不如一见 qiān wén bù rú yī jiàn
千难万苦 qiān nán wàn kǔ
升华 shēng huá
升压 shēng yā
升学率 shēng xué lǜ
升官发财 shēng guān fā cái
升山采珠 shēng shān cǎi zhū
升空 shēng kōng
升降 shēng jiàng
午觉 wǔ jiào
午间 wǔ jiān
半三不四 bàn sān bù sì
半上半下 bàn shàng bàn xià
半上落下 bàn shàng luò xià
半中腰 bàn zhōng yāo
半中间 bàn zhōng jiān
半低不高 bàn dī bù gāo
半信不信 bàn xìn bù xìn
半信半疑 bàn xìn bàn yí
半农半牧区 bàn nóng bàn mù qū
半半拉拉 bàn bàn lā lā
半吐半露 bàn tǔ bàn lù
半吞半吐 bàn tūn bàn tǔ
半夜三更 bàn yè sān gēng
半大 bàn dà
半大不小 bàn dà bù xiǎo
半宿 bàn xiǔ
半山腰 bàn shān yāo
半懂不懂 bàn dǒng bù dǒng
半拉 bàn lǎ
半数 bàn shù
半文不白 bàn wén bù bái
半新不旧 bàn xīn bù jiù
半月形 bàn yuè xíng
半死不活 bàn sǐ bù huó
半殖民地 bàn zhí mín dì
半点儿 bàn diǎn er
半疑半信 bàn yí bàn xìn
半痴不颠 bàn chī bù diān
半空 bàn kōng
半空中 bàn kōng zhōng
半筹不纳 bàn chóu bù nà
半衰期 bàn shuāi qī
半解一知 bàn jiě yī zhī
半路修行 bàn lù xiū xíng
半路出家 bàn lù chū jiā
半部论语 bàn bù lún yǔ
半部论语治天下 bàn bù lún yǔ zhì tiān xià
半面不忘 bàn miàn bù wàng
华不再扬 huá bù zài yáng
华东 huá dōng
华中 huá zhōng
华丽 huá lì
华人 huá rén
华北 huá běi
华南 huá nán
华发 huá fà
华夏 huá xià
华山 huà shān
华工 huá gōng
华星秋月 huá xīng qiū yuè
华氏温度计 huà shì wēn dù jì
华盛顿 huá shèng dùn
华纳 huá nà
华美 huá měi
华表 huá biǎo
华西 huá xī
华语 huá yǔ
华达呢 huá dá ní
华里 huá lǐ
协会 xié huì
协力同心 xié lì tóng xīn
协力齐心 xié lì qí xīn
协同 xié tóng
协和 xié hé
协查 xié chá
协私罔上 xié sī wǎng shàng
协约 xié yuē
协约国 xié yuē guó
协调 xié tiáo
卑不足道 bēi bù zú dào
卑之无甚高论 bēi zhī wú shèn gāo lùn
卑卑不足道 bēi bēi bù zú dào
卑宫菲食 bēi gōng fěi shí
卒岁 zú suì
卓乎不群 zhuó hū bù qún
卓尔不群 zhuó ěr bù qún
卓尔独行 zhuó ěr dú xíng
卓然不群 zhuó rán bù qún
卓见 zhuó jiàn
卓识 zhuó shí
单一 dān yī
单个儿 dān gè ér
单于 chán yú
单人独马 dān rén dú mǎ
单传 dān chuán
单元 dān yuán
单元门 dān yuán mén
单兵 dān bīng
单刀 dān dāo
单刀宜入 dān dāo yí rù
单刀直入 dān dāo zhí rù
单刀赴会 dān dāo fù huì
单列 dān liè
单利 dān lì
单单 dān dān
单发 dān fā
单口 dān kǒu
单口相声 dān kǒu xiàng shēng
单句 dān jù
单另 dān lìng
单名 dān míng
单姓 shàn xìng
单孑独立 dān jié dú lì
单字 dān zì
单寒 dān hán
单干 dān gàn
单弦 dān xián
单弦儿 dān xián ér
单打 dān dǎ
单打一 dān dǎ yī
单数 dān shù
单方 dān fāng
单方面 dān fāng miàn
单枪匹马 dān qiāng pǐ mǎ
单枪独马 dān qiāng dú mǎ
单独 dān dú
单用 dān yòng
单篇 dān piān
单簧管 dān huáng guǎn
单纯 dān chún
单色光 dān sè guāng
单薄 dān bó
单行 dān xíng
单行本 dān xíng běn
单衣 dān yī
单被 dān bèi
单说 dān shuō
单调 dān diào
单身 dān shēn
单车 dān chē
单门 dān mén
单间 dān jiān
单鹄寡凫 dān hú guǎ fú
卖儿鬻女 mài ér yù nǚ
卖劲 mài jìn
卖好 mài hǎo
卖富差贫 mài fù chà pín
卖履分香 mài lǚ fēn xiāng
卖弄 mài nòng
卖文为生 mài wén wéi shēng
卖李钻核 mài lǐ zuān hé
卖狗悬羊 mài gǒu xuán yáng
卖男鬻女 mài nán yù nǚ
卖相 mài xiàng
卖空 mài kōng
卖空买空 mài kōng mǎi kōng
南中 nán zhōng
南乐 nán yuè
南亚 nán yà
南亚次大陆 nán yà cì dà lù
南京 nán jīng
南军 nán jūn
南北 nán běi
南北朝 nán běi cháo
南华 nán huá
南去北来 nán qù běi lái
南味儿 nán wèi er
南国 nán guó
南天门 nán tiān mén
南头 nán tóu
南山 nán shān
南山可移 nán shān kě yí
南平 nán píng
南征北讨 nán zhēng běi tǎo
南方 nán fāng
南无 nā mó
南星 nán xīng
南朝 nán cháo
南来北往 nán lái běi wǎng
南枝北枝 nán zhī běi zhī
南江 nán jiāng
南泥湾 nán ní wān
南洋 nán yáng
南海 nán hǎi
南燕 nán yàn
南瓜 nán guā
南箕北斗 nán jī běi dǒu
南腔北调 nán qiāng běi diào
南船北车 nán chuán běi chē
南贩北贾 nán fàn běi gǔ
南边 nán biān
南迁 nán qiān
南郭先生 nán guō xiān shēng
南门 nán mén
南陵 nán líng
南面 nán miàn
南面称孤 nán miàn chēng gū
南音 nán yīn
南风 nán fēng
南风不竞 nán fēng bù jìng
南鹞北鹰 nán yào běi yīng
博士点 bó shì diǎn
博士生 bó shì shēng
博大 bó dà
博大精深 bó dà jīng shēn
博得 bó dé
博文约礼 bó wén yuē lǐ
博施济众 bó shī jì zhòng
博物学家 bó wù xué jiā
博茨瓦纳 bó cí wǎ nà
博览五车 bó lǎn wǔ chē
博览会 bó lǎn huì
博识 bó shí
博识多通 bó shí duō tōng
博采 bó cǎi
博采众长 bó cǎi zhòng cháng
博闻多识 bó wén duō shí
博闻强识 bó wén qiáng zhì
卜卦 bǔ guà
卜夜卜昼 bǔ yè bǔ zhòu
卜居 bǔ jū
卜昼卜夜 bǔ zhòu bǔ yè
卜筮 bǔ shì
卜辞 bǔ cí
卜骨 bǔ gǔ
占上风 zhàn shàng fēng
占便宜 zhàn pián yí
占先 zhàn xiān
占卜 zhān bǔ
占压 zhàn yā
占地 zhàn dì
占多数 zhàn duō shù
占居 zhàn jū
占星 zhān xīng
占有 zhàn yǒu
占用 zhàn yòng
占领 zhàn lǐng
占领军 zhàn lǐng jūn
卡具 qiǎ jù
卡口 kǎ kǒu
卡壳 qiǎ ké
卡子 qiǎ zi
卡尺 kǎ chǐ
卡拉奇 kǎ lā qí
卡片 kǎ piàn
卡纸 kǎ zhǐ
卡脖子 qiǎ bó zi
卡规 kǎ guī
卡路里 kǎ lù lǐ
卡车 kǎ chē
卡通 kǎ tōng
卤莽灭裂 lǔ mǎng miè liè
卤鸡 lǔ jī
卧倒 wò dǎo
卧射 wò shè
卧虎藏龙 wò hǔ cáng lóng
卧车 wò chē
卫戍区 wèi shù qū
卫星通信 wèi xīng tōng xìn
卫生间 wèi shēng jiān
卫生香 wèi shēng xiāng
卬首信眉 áng shǒu shēn méi
印信 yìn xìn
印儿 yìn er
印刷 yìn shuā
印刷品 yìn shuā pǐn
印刻 yìn kè
印发 yìn fā
印度 yìn dù
印度洋 yìn dù yáng
印泥 yìn ní
印相纸 yìn xiàng zhǐ
印花布 yìn huā bù
印行 yìn xíng
危坐 wēi zuò
危如朝露 wēi rú zhāo lù
危情 wēi qíng
危机四伏 wēi jī sì fú
危机重重 wēi jī chóng chóng
危若朝露 wēi ruò zhāo lù
危言 wēi yán
危言危行 wēi yán wēi xíng
危言核论 wēi yán hé lùn
危言正色 wēi yán zhèng sè
危言竦论 wēi yán sǒng lùn
危言覈论 wēi yán hé lùn
危言高论 wēi yán gāo lùn
危迫利诱 wēi pò lì yòu
危重 wēi zhòng
即便 jí biàn
即兴 jí xìng
即将 jí jiāng
即小见大 jí xiǎo jiàn dà
即景 jí jǐng
即景生情 jí jǐng shēng qíng
即期 jí qī
即若 jí ruò
即行 jí xíng
却老还童 què lǎo huán tóng
却说 què shuō
卵与石斗 luǎn yǔ shí dòu
卵石 luǎn shí
卵裂 luǎn liè
卷云 juǎn yún
卷卷 juàn juàn
卷发 juǎn fà
卷土重来 juǎn tǔ chóng lái
卷子 juǎn zi
卷子本 juǎn zi běn
卷尺 juǎn chǐ
卷层云 juàn céng yún
卷帙 juàn zhì
卷帙浩繁 juàn zhì hào fán
卷席而居 juàn xí ér jū
卷扬 juǎn yáng
卷旗息鼓 juǎn qí xī gǔ
卷柏 juàn bǎi
卷甲倍道 juǎn jiǎ bèi dào
卷甲束兵 juǎn jiǎ shù bīng
卷积云 juàn jī yún
卷笔刀 juǎn bǐ dāo
卷筒纸 juàn tǒng zhǐ
卷缩 juǎn suō
卷舌 juǎn shé
卷舌元音 juǎn shé yuán yīn
卷舌音 juǎn shé yīn
卷面 juàn miàn
卸车 xiè chē
厂区 chǎng qū
厂史 chǎng shǐ
厂商 chǎng shāng
厂家 chǎng jiā
厂方 chǎng fāng
厂纪 chǎng jì
厂规 chǎng guī
厂长 chǎng zhǎng
历历可数 lì lì kě shǔ
历历可见 lì lì kě jiàn
历历落落 lì lì luò luò
历史小说 lì shǐ xiǎo shuō
历尽 lì jìn
历数 lì shù
历朝 lì cháo
厉行 lì xíng
压仓 yā cāng
压倒 yā dǎo
压倒元白 yā dǎo yuán bái
压倒多数 yā dǎo duō shù
压光 yā guāng
压卷 yā juàn
压压 yā yā
压头 yā tóu
压寨夫人 yā zhài fū rén
压平 yā píng
压延 yā yán
压强 yā qiáng
压抑 yā yì
压根儿 yà gēn ér
压痛 yā tòng
压缩 yā suō
压缩饼干 yā suō bǐng gān
压肩叠背 yā jiān dié bèi
压肩迭背 yā jiān dié bèi
压蔓 yā wàn
压车 yā chē
压迫 yā pò
压顶 yā dǐng
厌恶 yàn wù
厌难折冲 yàn nán zhé chōng
厕足其间 cè zú qí jiān
厕身其间 cè shēn qí jiān
厘正 lí zhèng
厚今薄古 hòu jīn bó gǔ
厚古薄今 hòu gǔ bó jīn
厚味腊毒 hòu wèi xī dú
厚度 hòu dù
厚往薄来 hòu wǎng báo lái
厚朴 hòu pò
厚此薄彼 hòu cǐ bó bǐ
厚片 hòu piàn
厚积薄发 hòu jī bó fā
厚薄 hòu bó
厚重 hòu zhòng
原原委委 yuán yuán wěi wěi
原地 yuán dì
原始社会 yuán shǐ shè huì
原始积累 yuán shǐ jī lěi
原始要终 yuán shǐ yào zhōng
原始见终 yuán shǐ jiàn zhōng
原委 yuán wěi
原子弹 yuán zǐ dàn
原子核 yuán zǐ hé
原子能 yuán zǐ néng
原封不动 yuán fēng bù dòng
原形毕露 yuán xíng bì lù
原形败露 yuán xíng bài lù
原汤 yuán tāng
原线圈 yuán xiàn quān
原话 yuán huà
厦门 xià mén
厮打 sī dǎ
去天尺五 qù tiān chǐ wǔ
去就之分 qù jiù zhī fēn
去本趋末 qù běn qū mò
去甚去泰 qù shèn qù tài
去病 qù bìng
去痛片 qù tòng piàn
去邪归正 qù xié guī zhèng
去食存信 qù shí cún xìn
县委 xiàn wěi
县官 xiàn guān
县尉 xiàn wèi
县立 xiàn lì
县长 xiàn zhǎng
参伍错综 cēn wǔ cuò zōng
参军 cān jūn
参前倚衡 cān qián yǐ héng
参加 cān jiā
参半 cān bàn
参合 cān hé
参商 shēn shāng
参商之虞 shēn shāng zhī yú
参回斗转 shēn huí dǒu zhuǎn
参天 cān tiān
参天两地 cān tiān liǎng dì
参天贰地 cān tiān èr dì
参差 cēn cī
参差不一 cēn cī bù yī
参差不齐 cēn cī bù qí
参差错落 cēn cī cuò luò
参建 cān jiàn
参拍 cān pāi
参拜 cān bài
参政 cān zhèng
参政党 cān zhèng dǎng
参数 cān shù
参杂 cān zá
参校 cān jiào
参横斗转 shēn héng dǒu zhuǎn
参照 cān zhào
参照系 cān zhào xì
参禅 cān chán
参茸 shēn róng
参见 cān jiàn
参议 cān yì
参议会 cān yì huì
参评 cān píng
参谋 cān móu
参谋长 cān móu zhǎng
参赌 cān dǔ
参赛 cān sài
参辰卯酉 shēn chén mǎo yǒu
参辰日月 shēn chén rì yuè
参透 cān tòu
参透机关 cān tòu jī guān
参量 cān liàng
参错 cēn cuò
参预 cān yù
又作别论 yòu zuò bié lùn
又当别论 yòu dāng bié lùn
又红又专 yòu hóng yòu zhuān
又细又长 yòu xì yòu cháng
叉儿 chā er
叉开 chǎ kāi
叉手 chā shǒu
叉腰 chā yāo
叉路 chā lù
叉车 chā chē
及宾有鱼 jí bīn yǒu yú
及时行乐 jí shí xíng lè
及时雨 jí shí yǔ
及笄年华 jí jī nián huá
友好 yǒu hǎo
友风子雨 yǒu fēng zǐ yǔ
双亲 shuāng qīn
双关语 shuāng guān yǔ
双向选择 shuāng xiàng xuǎn zé
双宾语 shuāng bīn yǔ
双宿双飞 shuāng sù shuāng fēi
双打 shuāng dǎ
双拥 shuāng yōng
双柑斗酒 shuāng gān dǒu jiǔ
双栖 shuāng qī
双栖双宿 shuāng qī shuāng sù
双目 shuāng mù
双管齐下 shuāng guǎn qí xià
双肩挑 shuāng jiān tiāo
双足重茧 shuāng zú chóng jiǎn
双重 shuāng chóng
双重人格 shuāng chóng rén gé
双重国籍 shuāng chóng guó jí
双飞燕 shuāng fēi yàn
反侧 fǎn cè
反倒 fǎn dào
反冲 fǎn chōng
反切 fǎn qiè
反右派斗争 fǎn yòu pài dòu zhēng
反听内视 fǎn tīng nèi shì
反唇相稽 fǎn chún xiāng jī
反唇相讥 fǎn chún xiāng jī
反坦克炮 fǎn tǎn kè pào
反客为主 fǎn kè wéi zhǔ
反射 fǎn shè
反射角 fǎn shè jiǎo
反差 fǎn chà
反应 fǎn yìng
反应器 fǎn yìng qì
反应过度 fǎn yìng guò dù
反弹 fǎn tán
反手可得 fǎn shǒu kě dé
反扒 fǎn pá
反映论 fǎn yìng lùn
反朴归真 fǎn pǔ guī zhēn
反朴还淳 fǎn pǔ huán chún
反正 fǎn zhèng
反正拨乱 fǎn zhèng bō luàn
反正还淳 fǎn zhèng huán chún
反气旋 fǎn qì xuán
反治其身 fǎn zhì qí shēn
反目成仇 fǎn mù chéng chóu
反省 fǎn xǐng
反眼不识 fǎn yǎn bù shí
反经合义 fǎn jīng hé yì
反经合道 fǎn jīng hé dào
反老还童 fǎn lǎo huán tóng
反诘 fǎn jié
反语 fǎn yǔ
反调 fǎn diào
反败为胜 fǎn bài wéi shèng
反躬自省 fǎn gōng zì xǐng
反转 fǎn zhuǎn
反转片 fǎn zhuǎn piàn
反间 fǎn jiàn
反间之计 fǎn jiàn zhī jì
反间计 fǎn jiàn jì
反风灭火 fǎn fēng miè huǒ
反骨 fǎn gǔ
发上冲冠 fà shàng chōng guān
发上指冠 fà shàng zhǐ guān
发乳 fà rǔ
发人深省 fā rén shēn xǐng
发信 fā xìn
发光 fā guāng
发兵 fā bīng
发冷 fā lěng
发出 fā chū
发动 fā dòng
发包 fā bāo
发包人 fā bāo rén
发单 fā dān
发卡 fà qiǎ
发发 fā fā
发呆 fā dāi
发嗲 fā diǎ
发困 fā kùn
发声 fā shēng
发大水 fā dà shuǐ
发奋 fā fèn
发奋图强 fā fèn tú qiáng
发奸擿伏 fā jiān tī fú
发威 fā wēi
发家 fā jiā
发家致富 fā jiā zhì fù
发射 fā shè
发射塔 fā shè tǎ
发展 fā zhǎn
发展中国家 fā zhǎn zhōng guó jiā
发展速度 fā zhǎn sù dù
发布 fā bù
发引 fā yǐn
发引千钧 fà yǐn qiān jūn
发怒 fā nù
发怒冲冠 fà nù chōng guān
发怒穿冠 fà nù chuān guān
发怔 fā zhèng
发急 fā jí
发情 fā qíng
发愁 fā chóu
发愤 fā fèn
发愤图强 fā fèn tú qiáng
发愤忘食 fā fèn wàng shí
发懒 fā lǎn
发扬 fā yáng
发扬光大 fā yáng guāng dà
发报 fā bào
发指 fà zhǐ
发指眦裂 fà zhǐ zì liè
发排 fā pái
发放 fā fàng
发文 fā wén
发明 fā míng
发明家 fā míng jiā
发昏 fā hūn
发昏章第十一 fā hūn zhāng dì shí yī
发木 fā mù
发标 fā biāo
发棠之请 fā táng zhī qǐng
发植穿冠 fà zhí chuān guān
发楞 fā léng
发横 fā héng
发横财 fā hèng cái
发毛 fā máo
发水 fā shuǐ
发泄 fā xiè
发洋财 fā yáng cái
发源 fā yuán
发源地 fā yuán dì
发火 fā huǒ
发点 fā diǎn
发热 fā rè
发生 fā shēng
发电 fā diàn
发疟子 fā yào zǐ
发病 fā bìng
发病率 fā bìng lǜ
发白 fā bái
发短心长 fà duǎn xīn cháng
发神经 fā shén jīng
发祥 fā xiáng
发祥地 fā xiáng dì
发秃齿豁 fà tū chǐ huò
发粉 fā fěn
发红 fā hóng
发给 fā gěi
发绿 fā lǜ
发胶 fà jiāo
发脾气 fā pí qì
发花 fā huā
发芽 fā yá
发芽率 fā yá lǜ
发苦 fā kǔ
发落 fā luò
发蒙 fā mēng
发蒙振落 fā méng zhèn luò
发行 fā xíng
发行人 fā xíng rén
发行量 fā xíng liàng
发表 fā biǎo
发言 fā yán
发言人 fā yán rén
发话 fā huà
发财 fā cái
发财致富 fā cái zhì fù
发起 fā qǐ
发起人 fā qǐ rén
发踊冲冠 fà yǒng chōng guān
发车 fā chē
发软 fā ruǎn
发达 fā dá
发达国家 fā dá guó jiā
发还 fā huán
发送 fā sòng
发配 fā pèi
发酵 fā jiào
发酵粉 fā jiào fěn
发问 fā wèn
发隐擿伏 fā yǐn tī fú
发难 fā nàn
发露 fā lù
发青 fā qīng
发面 fā miàn
发音 fā yīn
发音器官 fā yīn qì guān
发颤 fā chàn
发飘 fā piāo
发黄 fā huáng
叔父 shū fù
取之不尽 qǔ zhī bù jìn
取乐 qǔ lè
取信 qǔ xìn
取信于人 qǔ xìn yú rén
取信于民 qǔ xìn yú mín
取巧图便 qǔ qiǎo tú biàn
取得 qǔ dé
取暖器 qǔ nuǎn qì
取火 qǔ huǒ
取给 qǔ jǐ
取自 qǔ zì
取诸宫中 qǔ zhū gōng zhōng
取长弃短 qǔ cháng qì duǎn
取长补短 qǔ cháng bǔ duǎn
取青妃白 qǔ qīng fēi bái
受不了 shòu bù liǎo
受援 shòu yuán
受累 shòu lěi
受过 shòu guò
受降 shòu xiáng
变分法 biàn fēn fǎ
变动不居 biàn dòng bù jū
变化 biàn huà
变化不测 biàn huà bù cè
变化如神 biàn huà rú shén
变化莫测 biàn huà mò cè
变压 biàn yā
变压器 biàn yā qì
变味儿 biàn wèi er
变幻不测 biàn huàn bù cè
变幻莫测 biàn huàn mò cè
变态反应 biàn tài fǎn yìng
变戏法 biàn xì fǎ
变数 biàn shù
变更 biàn gēng
变生不测 biàn shēng bù cè
变电器 biàn diàn qì
变相 biàn xiàng
变调 biàn diào
变贪厉薄 biàn tān lì bó
变量 biàn liàng
叙别 xù bié
叙说 xù shuō
叠合 dié hé
叠放 dié fàng
叠矩重规 dié jǔ chóng guī
口不应心 kǒu bù yìng xīn
口不择言 kǒu bù zé yán
口中雌黄 kǒu zhōng cí huáng
口传 kǒu chuán
口似悬河 kǒu sì xuán hé
口供 kǒu gòng
口信 kǒu xìn
口出大言 kǒu chū dà yán
口北 kǒu běi
口口相传 kǒu kǒu xiāng chuán
口多食寡 kǒu duō shí guǎ
口头 kǒu tóu
口头禅 kǒu tóu chán
口头语 kǒu tóu yǔ
口尚乳臭 kǒu shàng rǔ xiù
口无择言 kǒu wú zé yán
口燥唇干 kǒu zào chún gān
口碑载道 kǒu bēi zài dào
口称 kǒu chēng
口红 kǒu hóng
口耳并重 kǒu ěr bìng zhòng
口耳相传 kǒu ěr xiāng chuán
口腹之累 kǒu fù zhī lěi
口臭 kǒu chòu
口若悬河 kǒu ruò xuán hé
口血未干 kǒu xuè wèi gān
口角 kǒu jiǎo
口角春风 kǒu jiǎo chūn fēng
口角炎 kǒu jué yán
口角生风 kǒu jiǎo shēng fēng
口角风情 kǒu jiǎo fēng qíng
口语 kǒu yǔ
口说无凭 kǒu shuō wú píng
口谐辞给 kǒu xié cí gěi
口轻舌薄 kǒu qīng shé bó
口重 kǒu zhòng
口风 kǒu fēng
古为今用 gǔ wéi jīn yòng
古井不波 gǔ jǐng bù bō
古今中外 gǔ jīn zhōng wài
古体 gǔ tǐ
古体诗 gǔ tǐ shī
古典音乐 gǔ diǎn yīn yuè
古刹 gǔ chà
古北口 gǔ běi kǒu
古建 gǔ jiàn
古文献 gǔ wén xiàn
古木参天 gǔ mù cān tiān
古朴 gǔ piáo
古汉语 gǔ hàn yǔ
古藤 gǔ téng
古语 gǔ yǔ
古调不弹 gǔ diào bù tán
古调单弹 gǔ diào dān tán
古都 gǔ dū
古风 gǔ fēng
句子 jù zi
句子成分 jù zi chéng fèn
句栉字比 jù zhì zì bǐ
句比字栉 jù bǐ zì zhì
句法 jù fǎ
句点 jù diǎn
句读 jù dòu
另一方面 lìng yì fāng miàn
另一面 lìng yí miàn
另当别论 lìng dāng bié lùn
另有洞天 lìng yǒu dòng tiān
另行 lìng xíng
另辟蹊径 lìng pì xī jìng
叨光 tāo guāng
叨叨 dāo dāo
叨在知己 tāo zài zhī jǐ
叨念 dāo niàn
叨扰 tāo rǎo
叨拢 tāo lǒng
叨陪 tāo péi
叨陪末座 tāo péi mò zuò
叩头 kòu tóu
叩心泣血 kòu xīn qì xuè
叩打 kòu dǎ
叩源推委 kòu yuán tuī wěi
叩见 kòu jiàn
只不过 zhǐ bù guò
只争旦夕 zhǐ zhēng dàn xī
只争朝夕 zhǐ zhēng zhāo xī
只好 zhǐ hǎo
只字 zhī zì
只字不提 zhī zì bù tí
只当 zhǐ dāng
只得 zhǐ dé
只是 zhǐ shì
只有 zhǐ yǒu
只欠东风 zhǐ qiàn dōng fēng
只管 zhǐ guǎn
只能 zhǐ néng
只见 zhǐ jiàn
只言片语 zhī yán piàn yǔ
只读存储器 zhī dú cún chǔ qì
只身 zhī shēn
只身一人 zhī shēn yī rén
只轮不反 zhī lún bù fǎn
只轮不返 zhī lún bù fǎn
只轮无反 zhī lún wú fǎn
只重衣衫不重人 zhǐ zhòng yī shān bù zhòng rén
只顾 zhǐ gù
只骑不反 zhī qí bù fǎn
只鸡斗酒 zhī jī dǒu jiǔ
只鸡樽酒 zhī jī zūn jiǔ
只鸡絮酒 zhī jī xù jiǔ
叫劲 jiào jìn
叫好 jiào hǎo
叫座儿 jiào zuò er
叫法 jiào fǎ
叫苦不迭 jiào kǔ bù dié
召之即来 zhào zhī jí lái
召回 zhào huí
召开 zhào kāi
召见 zhào jiàn
叮叮当当 dīng dīng dāng dāng
叮当 dīng dāng
可不 kě bù
可不是 kě bú shì
可乐 kě lè
可乘 kě chéng
可亲 kě qīn
可人 kě rén
可以 kě yǐ
可以说 kě yǐ shuō
可信 kě xìn
可兰经 kě lán jīng
可发一噱 kě fā yī jué
可取 kě qǔ
可变 kě biàn
可口 kě kǒu
可口可乐 kě kǒu kě lè
可可 kě kě
可可豆 kě kě dòu
可否 kě fǒu
可听 kě tīng
可好 kě hǎo
可心 kě xīn
可怜 kě lián
可怜巴巴 kě lián bā bā
可怜相 kě lián xiàng
可恶 kě wù
可悲 kě bēi
可想而知 kě xiǎng ér zhī
可憎 kě zēng
可是 kě shì
可曾 kě zēng
可有可无 kě yǒu kě wú
可欺 kě qī
可歌可泣 kě gē kě qì
可泣可歌 kě qì kě gē
可爱 kě ài
可疑 kě yí
可的松 kě dì sōng
可着 kě zhe
可知 kě zhī
可耕地 kě gēng dì
可能 kě néng
可行 kě xíng
可见 kě jiàn
可见光 kě jiàn guāng
可见度 kě jiàn dù
可鄙 kě bǐ
可鉴 kě jiàn
可靠 kě kào
台下 tái xià
台中 tái zhōng
台北 tái běi
台地 tái dì
台属 tái shǔ
台布 tái bù
台湾省 tái wān shěng
台湾话 tāi wān huà
台鉴 tái jiàn
台长 tái zhǎng
台阁 tái gé
台阁生风 tái gé shēng fēng
台面 tái miàn
台风 tái fēng
叱咤 chì zhà
叱咤风云 chì zhà fēng yún
叱嗟风云 chì jiē fēng yún
史乘 shǐ shèng
史家 shǐ jiā
史论 shǐ lùn
右侧 yòu cè
右肋 yòu lē
右行 yòu xíng
叶公好龙 yè gōng hào lóng
叶叶 yè yè
叶斑病 yè bān bìng
叶枝 yè zhī
叶片 yè piàn
叶红素 yè hóng sù
叶绿素 yè lǜ sù
叶肉 yè ròu
叶脉 yè mài
叶蜂 yè fēng
叶面 yè miàn
叶韵 xié yùn
叶黄素 yè huáng sù
号令 hào lìng
号令如山 hào lìng rú shān
号兵 hào bīng
号外 hào wài
号天扣地 hào tiān kòu dì
号头 hào tóu
号手 hào shǒu
号数 hào shù
号炮 hào pào
号称 hào chēng
号脉 hào mài
号衣 hào yī
号角 hào jiǎo
司农仰屋 sī nóng yǎng wū
司务长 sī wù zhǎng
司南 sī nán
司空 sī kōng
司长 sī zhǎng
司马昭之心 sī mǎ zhāo zhī xīn
司马称好 sī mǎ chēng hǎo
叽里呱啦 jī lǐ guā lā
吁吁 xū xū
吁咈都俞 xū fú dū yú
吁天呼地 yù tiān hū dì
吁求 yù qiú
吁请 yù qǐng
吃不上 chī bù shàng
吃不了 chī bù liǎo
吃不了兜着走 chī bù liǎo dōu zhe zǒu
吃不开 chī bù kāi
吃不来 chī bù lái
吃人不吐骨头 chī rén bù tǔ gú tou
吃偏食 chī piān shí
吃儿 chī er
吃力不讨好 chī lì bù tǎo hǎo
吃劲 chī jìn
吃商品粮 chī shāng pǐn liáng
吃喝 chī hē
吃喝玩乐 chī hē wán lè
吃喝风 chī hē fēng
吃得下 chī de xià
吃得开 chī de kāi
吃得来 chī de lái
吃独食 chī dú shí
吃现成 chī xiàn chéng
吃白食 chī bái shí
吃相 chī xiàng
吃着不尽 chī zhuó bù jìn
吃着碗里瞧着锅里 chī zhe wǎn lǐ qiáo zhe guō lǐ
吃硬不吃软 chī yìng bù chī ruǎn
吃穿用度 chī chuān yòng dù
吃苦受累 chī kǔ shòu lèi
吃荤 chī hūn
吃里扒外 chī lǐ pá wài
吃重 chī zhòng
吃零嘴 chī líng zuǐ
吃食 chī shí
各个 gè gè
各个击破 gè gè jī pò
各为其主 gè wèi qí zhǔ
各人 gè rén
各别 gè bié
各半 gè bàn
各取所长 gè qǔ suǒ cháng
各尽所能 gè jìn suǒ néng
各执己见 gè zhí jǐ jiàn
各抒己见 gè shū jǐ jiàn
各抒所见 gè shū suǒ jiàn
各持己见 gè chí jǐ jiàn
各有所好 gè yǒu suǒ hào
各有所短 gè yǒu suǒ duǎn
各有所长 gè yǒu suǒ cháng
各自 gè zì
各色 gè sè
各行其是 gè xíng qí shì
各行其道 gè xíng qí dào
各行各业 gè háng gè yè
吆五喝六 yāo wǔ hè liù
合一 hé yī
合不来 hé bù lái
合两为一 hé liǎng wéi yī
合二为一 hé èr wéi yī
合二而一 hé èr ér yī
合于 hé yú
合从连衡 hé zòng lián héng
合伙 hé huǒ
合伙人 hé huǒ rén
合作 hé zuò
合击 hé jī
合利 hé lì
合办 hé bàn
合十 hé shí
合口 hé kǒu
合叶 hé yè
合同 hé tóng
合同工 hé tóng gōng
合声 hé shēng
合奏 hé zòu
合家 hé jiā
合度 hé dù
合当 hé dāng
合得来 hé de lái
合心 hé xīn
合情 hé qíng
合成 hé chéng
合成橡胶 hé chéng xiàng jiāo
合手 hé shǒu
合抱 hé bào
合拍 hé pāi
合掌 hé zhǎng
合数 hé shù
合时 hé shí
合法 hé fǎ
合流 hé liú
合浦 hé pǔ
合浦珠还 hé pǔ zhū huán
合浦还珠 hé pǔ huán zhū
合璧 hé bì
合用 hé yòng
合盘托出 hé pán tuō chū
合着 hé zhe
合编 hé biān
合群 hé qún
合而为一 hé ér wéi yī
合胆同心 hé dǎn tóng xīn
合计 hé jì
合订本 hé dìng běn
合该 hé gāi
合谋 hé móu
合身 hé shēn
合适 hé shì
合金 hé jīn
合龙 hé lóng
吉人天相 jí rén tiān xiàng
吉人自有天相 jí rén zì yǒu tiān xiàng
吉凶未卜 jí xiōng wèi bǔ
吉卜赛 jí bǔ sài
吉普车 jí pǔ chē
吉期 jí qī
吊儿郎当 diào er láng dāng
吊卷 diào juàn
吊尔郎当 diào ěr láng dāng
吊打 diào dǎ
吊胆提心 diào dǎn tí xīn
吊车 diào chē
吊顶 diào dǐng
同一 tóng yī
同上 tóng shàng
同业 tóng yè
同业相仇 tóng yè xiāng chóu
同义 tóng yì
同义字 tóng yì zì
同乐 tóng lè
同乐会 tóng lè huì
同乡 tóng xiāng
同乡会 tóng xiāng huì
同人 tóng rén
同位 tóng wèi
同位素 tóng wèi sù
同党 tóng dǎng
同利相死 tóng lì xiāng sǐ
同化 tóng huà
同化作用 tóng huà zuò yòng
同名 tóng míng
同呼吸 tóng hū xī
同命 tóng mìng
同声 tóng shēng
同声相应 tóng shēng xiāng yìng
同声相求 tóng shēng xiāng qiú
同好 tóng hào
同姓 tóng xìng
同学 tóng xué
同学会 tóng xué huì
同居 tóng jū
同岁 tóng suì
同年 tóng nián
同年而校 tóng nián ér xiào
同年而语 tóng nián ér yǔ
同庆 tóng qìng
同床共枕 tóng chuáng gòng zhěn
同归 tóng guī
同归于尽 tóng guī yú jìn
同形 tóng xíng
同德 tóng dé
同德一心 tóng dé yī xīn
同德同心 tóng dé tóng xīn
同心 tóng xīn
同心一德 tóng xīn yī dé
同心协德 tóng xīn xié dé
同心合德 tóng xīn hé dé
同心同德 tóng xīn tóng dé
同心断金 tóng xīn duàn jīn
同志 tóng zhì
同忧相救 tóng yōu xiāng jiù
同恶相党 tóng è xiāng dǎng
同恶相助 tóng wù xiāng zhù
同恶相恤 tóng wù xiāng xù
同恶相求 tóng è xiāng qiú
同情 tóng qíng
同情心 tóng qíng xīn
同文共规 tóng wén gòng guī
同方 tóng fāng
同日 tóng rì
同日而言 tóng rì ér yán
同日而论 tóng rì ér lùn
同日而语 tóng rì ér yǔ
同日而道 tóng rì ér dào
同时 tóng shí
同期 tóng qī
同案 tóng àn
同案犯 tóng àn fàn
同气 tóng qì
同气相求 tóng qì xiāng qiú
同气连枝 tóng qì lián zhī
同浴讥裸 tóng yù jī luǒ
同温层 tóng wēn céng
同源 tóng yuán
同源共流 tóng yuán gòng liú
同源异流 tóng yuán yì liú
同犯 tóng fàn
同甘共苦 tóng gān gòng kǔ
同生共死 tóng shēng gòng sǐ
同盘而食 tóng pán ér shí
同盟 tóng méng
同盟军 tóng méng jūn
同盟国 tóng méng guó
同类 tóng lèi
同类相从 tóng lèi xiāng cóng
同类相求 tóng lèi xiāng qiú
同舟共命 tóng zhōu gòng mìng
同舟敌国 tóng zhōu dí guó
同舟遇风 tóng zhōu yù fēng
同船合命 tóng chuán hé mìng
同行 tóng háng
同调 tóng diào
同质 tóng zhì
同路 tóng lù
同路人 tóng lù rén
同道 tóng dào
同量 tóng liàng
同门 tóng mén
同音 tóng yīn
名不虚传 míng bù xū chuán
名不虚得 míng bù xū dé
名不虚立 míng bù xū lì
名不见经传 míng bú jiàn jīng zhuàn
名人效应 míng rén xiào yìng
名从主人 míng cóng zhǔ rén
名优产品 míng yōu chǎn pǐn
名分 míng fèn
名刹 míng chà
名单 míng dān
名句 míng jù
名垂万古 míng chuí wàn gǔ
名士风流 míng shì fēng liú
名家 míng jiā
名宿 míng sù
名将 míng jiàng
名我固当 míng wǒ gù dāng
名数 míng shù
名旦 míng dàn
名片 míng piàn
名目繁多 míng mù fán duō
名称 míng chēng
名茶 míng chá
名落孙山 míng luò sūn shān
名角 míng jué
名重一时 míng zhòng yī shí
后仰 hòu yǎng
后会无期 hòu huì wú qī
后会有期 hòu huì yǒu qī
后传 hòu chuán
后劲 hòu jìn
后发制人 hòu fā zhì rén
后头 hòu tou
后尾儿 hòu wěi er
后排 hòu pái
后期 hòu qī
后来居上 hòu lái jū shàng
后来者居上 hòu lái zhě jū shàng
后燕 hòu yàn
后爪 hòu zhuǎ
后父 hòu fù
后福无量 hòu fú wú liàng
后继有人 hòu jì yǒu rén
后脑勺儿 hòu nǎo sháo er
后臀尖 hòu tún jiān
吐口 tǔ kǒu
吐口水 tù kǒu shuǐ
吐哺捉发 tǔ bǔ zhuō fā
吐哺握发 tǔ bǔ wò fà
吐字 tǔ zì
吐属 tǔ shǔ
吐弃 tǔ qì
吐气 tǔ qì
吐气扬眉 tǔ qì yáng méi
吐绶鸡 tǔ shòu jī
吐胆倾心 tǔ dǎn qīng xīn
吐蕃 tǔ bō
吐血 tù xiě
吐谷浑 tǔ yù hún
吐露 tǔ lù
吐露真情 tǔ lù zhēn qíng
吐食握发 tǔ shí wò fā
向上 xiàng shàng
向上一路 xiàng shàng yī lù
向着 xiàng zhe
向背 xiàng bèi
向风慕义 xiàng fēng mù yì
吓一大跳 xià yí dà tiào
吓人 xià rén
吖啶 ā dìng
吗玩意儿 má wán yì er
吞刀吐火 tūn dāo tǔ huǒ
吞剥 tūn bō
吞吐 tūn tǔ
吞吐量 tūn tǔ liàng
吞吞吐吐 tūn tūn tǔ tǔ
吞没 tūn mò
吞风饮雨 tūn fēng yǐn yǔ
吞食 tūn shí
吟哦 yín é
吟风咏月 yín fēng yǒng yuè
吟风弄月 yín fēng nòng yuè
吠非其主 fèi fēi qí zhǔ
吡咯 bǐ gē
否去泰来 pǐ qù tài lái
否定 fǒu dìng
否往泰来 pǐ wǎng tài lái
否极泰回 pǐ jí tài huí
否极泰来 pǐ jí tài lái
否极阳回 pǐ jí yáng huí
否终则泰 pǐ zhōng zé tài
否终复泰 pǐ zhōng fù tài
吧嗒 bā dā
吧女 bā nǚ
吧的一声 bā de yī shēng
含冤莫白 hán yuān mò bái
含情脉脉 hán qíng mò mò
含有 hán yǒu
含水量 hán shuǐ liàng
含沙 hán shā
含混 hán hùn
含混不清 hán hùn bù qīng
含牙带角 hán yá dài jiǎo
含牙戴角 hán yá dài jiǎo
含着骨头露着肉 hán zhe gǔ tóu lù zhe ròu
含笑入地 hán xiào rù dì
含糊 hán hú
含糊不明 hán hú bù míng
含糊不清 hán hú bù qīng
含而不露 hán ér bù lù
含苞待放 hán bāo dài fàng
含英咀华 hán yīng jǔ huá
含菁咀华 hán jīng jǔ huá
含血 hán xuè
含血喷人 hán xuè pēn rén
含血噀人 hán xuè xùn rén
含血潠人 hán xuè xùn rén
含量 hán liàng
含金量 hán jīn liàng
含齿戴发 hán chǐ dài fā
听不懂 tīng bù dǒng
听不清 tīng bù qīng
听从 tīng cóng
听会 tīng huì
听便 tīng biàn
听信 tīng xìn
听其自流 tīng qí zì liú
听其言而观其行 tīng qí yán ér guān qí xíng
听差 tīng chāi
听得懂 tīng de dǒng
听得见 tīng de jiàn
听见 tīng jiàn
听见风就是雨 tīng jiàn fēng jiù shì yǔ
听说 tīng shuō
听风听水 tīng fēng tīng shuǐ
吭哧 kēng chī
吭声 kēng shēng
启发 qǐ fā
启蒙 qǐ méng
启行 qǐ xíng
吱吱 zhī zhī
吱声 zhī shēng
吱扭 zī niǔ
吴下阿蒙 wú xià ā méng
吴中 wú zhōng
吴堡 wú bǔ
吴带当风 wú dài dāng fēng
吴语 wú yǔ
吵人 chǎo rén
吵嘴 chǎo zuǐ
吸新吐故 xī xīn tǔ gù
吸着 xī zhuó
吸血鬼 xī xuè guǐ
吸铁石 xī tiě shí
吸风饮露 xī fēng yǐn lù
吸食 xī shí
吹冷风 chuī lěng fēng
吹叶嚼蕊 chuī yè jiáo ruǐ
吹吹打打 chuī chuī dǎ dǎ
吹弹 chuī tán
吹弹得破 chuī tán dé pò
吹弹歌舞 chuī tán gē wǔ
吹打 chuī dǎ
吹拉弹唱 chuī lā tán chàng
吹沙 chuī shā
吹竹弹丝 chuī zhú tán sī
吹箫乞食 chuī xiāo qǐ shí
吹篪乞食 chuī chí qǐ shí
吹花嚼蕊 chuī huā jiáo ruǐ
吹风 chuī fēng
吹风会 chuī fēng huì
吻别 wěn bié
吻合 wěn hé
吾人 wú rén
吾膝如铁 wú xī rú tiě
吾谁与归 wú shuí yǔ guī
呆似木鸡 dāi sì mù jī
呆头 dāi tóu
呆若木鸡 dāi ruò mù jī
呈上 chéng shàng
呈正 chéng zhèng
呈露 chéng lù
告一段落 gào yí duàn luò
告便 gào biàn
告倒 gào dǎo
告别 gào bié
告发 gào fā
告往知来 gào wǎng zhī lái
告朔饩羊 gù shuò xì yáng
告知 gào zhī
告破 gào pò
告老在家 gào lǎo zài jiā
告老还乡 gào lǎo huán xiāng
告老还家 gào lǎo huán jiā
告语 gào yǔ
呐喊 nà hǎn
呐喊助威 nà hǎn zhù wēi
呒不 wǔ bù
呒没 wǔ méi
呒淘成 wǔ táo chéng
呒虾米输入法 wǔ xiā mǐ shū rù fǎ
呓语 yì yǔ
呕吐 ǒu tù
呕心 ǒu xīn
呕心沥血 ǒu xīn lì xuè
呕心滴血 ǒu xīn dī xuè
呕心镂骨 ǒu xīn lòu gǔ
呕血 ǒu xuè
呗唱 bài chàng
员外 yuán wài
员工 yuán gōng
呛人 qiàng rén
呛鼻 qiàng bí
呜呜咽咽 wū wū yè yè
呜咽 wū yè
呢喃 ní nán
呢喃细语 ní nán xì yǔ
呢子 ní zi
呢绒 ní róng
周会 zhōu huì
周公吐哺 zhōu gōng tǔ bǔ
周折 zhōu zhé
周旋 zhōu xuán
周期 zhōu qī
周正 zhōu zhèng
周知 zhōu zhī
周而不比 zhōu ér bù bǐ
周转 zhōu zhuǎn
周长 zhōu cháng
呱呱 gū gū
呱呱叫 guā guā jiào
呱呱坠地 gū gū zhuì dì
呱呱堕地 gū gū duò dì
呱呱落地 gū gū luò dì
呱唧 guā jī
呱嗒 guā dā
呱嗒板儿 guā dā bǎn ér
呲牙 zī yá
味同嚼蜡 wèi tóng jiáo là
味如嚼蜡 wèi rú jiáo là
味如鸡肋 wèi rú jī lèi
呵佛骂祖 hē fó mà zǔ
呵叻 kē lè
呵呵 hē hē
呵壁问天 hē bì wèn tiān
呵欠 hē qiàn
呵欠连天 hē qiàn lián tiān
呷醋节帅 xiā cù jié shuài
呼不给吸 hū bù jǐ xī
呼吁 hū yù
呼吁书 hū yù shū
呼吸之间 hū xī zhī jiān
呼吸相通 hū xī xiāng tōng
呼吸系统 hū xī xì tǒng
呼和浩特 hū hé hào tè
呼天叩地 hū tiān kòu dì
呼天叫地 hū tiān jiào dì
呼天号地 hū tiān hào dì
呼天吁地 hū tiān yù dì
呼天唤地 hū tiān huàn dì
呼天抢地 hū tiān qiāng dì
呼天钥地 hū tiān yào dì
呼幺喝六 hū yāo hè liù
呼应 hū yìng
呼群结党 hū qún jié dǎng
呼语 hū yǔ
呼风唤雨 hū fēng huàn yǔ
命中 mìng zhòng
命中注定 mìng zhōng zhù dìng
命中率 mìng zhòng lǜ
命令 mìng lìng
命令主义 mìng lìng zhǔ yì
命令句 mìng lìng jù
命大 mìng dà
命数 mìng shù
命相 mìng xiàng
命脉 mìng mài
命薄 mìng bó
命薄缘悭 mìng báo yuán qiān
咀嚼 jǔ jué
咀嚼英华 jǔ jué yīng huá
咄咄书空 duō duō shū kōng
咄嗟之间 duō jiē zhī jiān
咄嗟便办 duō jiē biàn bàn
咋办 zǎ bàn
咋呼 zhā hū
咋舌 zé shé
和乐 hé lè
和了 hú le
和事老 hé shì lǎo
和亲 hé qīn
和会 hé huì
和协 hé xié
和合 hé hé
和善 hé shàn
和声 hé shēng
和好 hé hǎo
和如琴瑟 hé rú qín sè
和容悦色 hé róng yuè sè
和尚 hé shàng
和尚头 hé shàng tóu
和平 hé píng
和弄 huò nòng
和弦 hé xián
和数 hé shù
和文 hé wén
和暖 hé nuǎn
和棋 hé qí
和氏璧 hé shì bì
和气 hé qì
和气生财 hé qì shēng cái
和泥 huó ní
和璧隋珠 hé bì suí zhū
和盘托出 hé pán tuō chū
和硕 hé shuò
和稀泥 huò xī ní
和美 hé měi
和而不同 hé ér bù tóng
和药 huò yào
和蔼 hé ǎi
和蔼可亲 hé ǎi kě qīn
和蔼近人 hé ǎi jìn rén
和衣 hé yī
和解 hé jiě
和面 huó miàn
和颜悦色 hé yán yuè sè
和颜说色 hé yán yuè sè
和风 hé fēng
和风丽日 hé fēng lì rì
和风细雨 hé fēng xì yǔ
咎有应得 jiù yǒu yīng dé
咏叹调 yǒng tàn diào
咏嘲风月 yǒng cháo fēng yuè
咏月嘲花 yǒng yuè cháo huā
咏月嘲风 yǒng yuè cháo fēng
咒天骂地 zhòu tiān mà dì
咒语 zhòu yǔ
咔嗒 kā dā
咔嚓 kā chā
咖喱 gā lí
咣当 guāng dāng
咧嘴 liě zuǐ
咫尺 zhǐ chǐ
咫尺万里 zhǐ chǐ wàn lǐ
咫尺之功 zhǐ chǐ zhī gōng
咫尺千里 zhǐ chǐ qiān lǐ
咬人狗儿不露齿 yǎo rén gǒu ér bù lòu chǐ
咬合 yǎo hé
咬文嚼字 yǎo wén jiáo zì
咬牙切齿 yǎo yá qiè chǐ
咬钉嚼铁 yǎo dīng jiáo tiě
咯吱 gē zhī
咯咯 gē gē
咯血 kǎ xiě
咱家 zá jiā
咳咳 hāi hāi
咳唾成珠 ké tuò chéng zhū
咳声叹气 hāi shēng tàn qì
咳珠唾玉 ké zhū tuò yù
咳血 ké xiě
咸风蛋雨 xián fēng dàn yǔ
咽口水 yàn kǒu shuǐ
咽喉 yān hóu
咽头 yān tóu
哀乐 āi lè
哀天叫地 āi tiān jiào dì
哀家 āi jiā
哀感天地 āi gǎn tiān dì
哀梨蒸食 āi lí zhēng shí
哀毁骨立 āi huǐ gǔ lì
哀的美敦书 āi dì měi dūn shū
哀莫大于心死 āi mò dà yú xīn sǐ
哀鸿遍地 āi hóng biàn dì
品竹弹丝 pǐn zhú tán sī
品竹调丝 pǐn zhú tiáo sī
品竹调弦 pǐn zhú diào xián
品系 pǐn xì
品红 pǐn hóng
品绿 pǐn lǜ
品行 pǐn xíng
哄人 hǒng rén
哄传 hōng chuán
哄劝 hǒng quàn
哄动 hōng dòng
哄动一时 hōng dòng yī shí
哄弄 hǒng nòng
哄诱 hǒng yòu
哇塞 wā sāi
哈什蚂 hà shí mǎ
哈哈 hā hā
哈密 hā mì
哈密瓜 hā mì guā
哈罗 hā luó
哈腰 hā yāo
哈萨克斯坦 hā sà kè sī tǎn
哈雷彗星 hā léi huì xīng
响和景从 xiǎng hé jǐng cóng
响头 xiǎng tóu
响尾蛇 xiǎng wěi shé
响应 xiǎng yìng
响度 xiǎng dù
响当当 xiǎng dāng dāng
响答影随 xiǎng dá yǐng suí
响遏行云 xiǎng è xíng yún
哑口 yǎ kǒu
哑口无声 yǎ kǒu wú shēng
哑口无言 yǎ kǒu wú yán
哑巴 yǎ ba
哑火 yǎ huǒ
哑炮 yǎ pào
哑语 yǎ yǔ
哗世取名 huá shì qǔ míng
哗众 huá zhòng
哗变 huá biàn
哥们 gē men
哥们儿 gē men er
哥老会 gē lǎo huì
哧哧地笑 chī chī de xiào
哧的一声 chī de yì shēng
哨卡 shào qiǎ
哩哩罗罗 li li luō luō
哪会儿 něi huì er
哪儿 nǎ ér
哪吒 né zhā
哪能 nǎ néng
哪里 nǎ lǐ
哪里都 nǎ li dōu
哭天喊地 kū tiān hǎn dì
哭天抢地 kū tiān qiāng dì
哭笑不得 kū xiào bù dé
哺糟啜醨 bǔ zāo chuò lí
哼哈二将 hēng hā èr jiàng
哽咽 gěng yè
哽塞 gěng sè
唇亡齿寒 chún wáng chǐ hán
唇揭齿寒 chún jiē chǐ hán
唇红齿白 chún hóng chǐ bái
唇腐齿落 chún fǔ chǐ luò
唇膏 chún gāo
唇裂 chún liè
唇齿相依 chún chǐ xiāng yī
唐古拉山 táng gǔ lā shān
唐宋八大家 táng sòng bā dà jiā
唛头 mà tóu
唠叨 láo dāo
唠唠 lào lào
唠唠叨叨 láo láo dāo dāo
唠扯 lào chě
唤头 huàn tou
售后 shòu hòu
唯命是从 wéi mìng shì cóng
唯唯否否 wěi wěi fǒu fǒu
唯恐天下不乱 wéi kǒng tiān xià bú luàn
唯物论 wéi wù lùn
唯理论 wéi lǐ lùn
唯邻是卜 wéi lín shì bǔ
唱主角 chàng zhǔ jué
唱反调 chàng fǎn diào
唱和 chàng hè
唱头 chàng tóu
唱片儿 chàng piān er
唱筹量沙 chàng chóu liáng shā
唱高调 chàng gāo diào
唾地成文 tuò dì chéng wén
唾手可取 tuò shǒu kě qǔ
唾手可得 tuò shǒu kě dé
唾面自干 tuò miàn zì gān
啁啾 zhōu jiū
啃书本 kěn shū běn
商会 shāng huì
商厦 shāng shà
商家 shāng jiā
商法 shāng fǎ
商海 shāng hǎi
商用 shāng yòng
商行 shāng háng
商请 shāng qǐng
商调 shāng diào
商贾 shāng gǔ
商量 shāng liáng
啖以重利 dàn yǐ zhòng lì
啛啛喳喳 cuì cuì chā chā
啜泣 chuò qì
啜英咀华 chuò yīng jǔ huá
啜菽饮水 chuò shū yǐn shuǐ
啜食吐哺 chuò shí tǔ bǔ
啧有烦言 zé yǒu fán yán
啪嗒 pā dā
啮合 niè hé
啮臂之好 niè bì zhī hǎo
啮血沁骨 niè xuè qìn gǔ
啸傲风月 xiào ào fēng yuè
啸吒风云 xiào zhà fēng yún
啸咤风云 xiào zhà fēng yún
啼天哭地 tí tiān kū dì
啼血 tí xuè
啼饥号寒 tí jī háo hán
喀什 kā shí
喀嚓 kā chā
喂食 wèi shí
喃喃细语 nán nán xì yǔ
喃喃自语 nán nán zì yǔ
善与人交 shàn yǔ rén jiāo
善为士者不武 shàn wéi shì zhě bù wǔ
善于应对 shàn yú yìng duì
善刀而藏 shàn dāo ér cáng
善善从长 shàn shàn cóng cháng
善善恶恶 shàn shàn wù è
善始令终 shàn shǐ lìng zhōng
善恶 shàn è
善文能武 shàn wén néng wǔ
善有善报 shàn yǒu shàn bào
善男信女 shàn nán xìn nǚ
善行 shàn xíng
善财难舍 shàn cái nán shě
善贾而沽 shàn gǔ ér gū
善门难开 shàn mén nán kāi
喇叭口 lǎ bā kǒu
喉头 hóu tóu
喉管 hóu guǎn
喉结 hóu jié
喉长气短 hóu cháng qì duǎn
喊倒好儿 hǎn dào hǎo er
喊话 hǎn huà
喋血 dié xuè
喏喏连声 nuò nuò lián shēng
喔喔 wō wō
喘吁吁 chuǎn xū xū
喘息之间 chuǎn xī zhī jiān
喙长三尺 huì cháng sān chǐ
喜不自胜 xǐ bù zì shèng
喜乐 xǐ lè
喜人 xǐ rén
喜从天降 xǐ cóng tiān jiàng
喜信 xǐ xìn
喜兴 xǐ xìng
喜冲冲 xǐ chōng chōng
喜剧片 xǐ jù piàn
喜好 xǐ hào
喜怒哀乐 xǐ nù āi lè
喜盈门 xǐ yíng mén
喜行于色 xǐ xíng yú sè
喜见于色 xǐ jiàn yú sè
喜闻乐见 xǐ wén lè jiàn
喜雨 xǐ yǔ
喝墨水 hē mò shuǐ
喝水 hē shuǐ
喝西北风 hē xī běi fēng
喝道 hè dào
喝醉 hē zuì
喝醉酒 hē zuì jiǔ
喝采 hè cǎi
喝问 hè wèn
喟然长叹 kuì rán cháng tàn
喷发 pēn fā
喷口 pēn kǒu
喷吐 pēn tǔ
喷嘴 pēn zuǐ
喷头 pēn tóu
喷射 pēn shè
喷射器 pēn shè qì
喷水 pēn shuǐ
喷泉 pēn quán
喷洒 pēn sǎ
喷火 pēn huǒ
喷火器 pēn huǒ qì
喷管 pēn guǎn
喷薄 pēn bó
喷薄欲出 pēn bó yù chū
喷雨嘘云 pēn yǔ xū yún
喷雾 pēn wù
喷雾器 pēn wù qì
喷香 pèn xiāng
喻义 yù yì
喽罗 lóu luó
嗅觉 xiù jué
嗅觉丧失 xiù jué sàng shī
嗅觉减退 xiù jué jiǎn tuì
嗑牙料嘴 kē yá liào zuǐ
嗒丧 tà sàng
嗒嗒 dā dā
嗒然 tà rán
嗒然若丧 tà rán ruò sàng
嗓门儿 sǎng mén er
嗔拳不打笑面 chēn quán bù dǎ xiào miàn
嗔目切齿 chēn mù qiē chǐ
嗔着 chēn zhe
嗜好 shì hào
嗜血 shì xuè
嗜酒 shì jiǔ
嗝儿 gé er
嗟来之食 jiē lái zhī shí
嗷嗷 áo áo
嗷嗷待哺 áo áo dài bǔ
嘀嗒 dī dā
嘁哩喀喳 qī lǐ kā chā
嘈嘈切切 cáo cáo qiē qiē
嘉应 jiā yìng
嘉言善行 jiā yán shàn xíng
嘉言懿行 jiā yán yì xíng
嘎吱 gā zhī
嘎巴 gā bā
嘎渣儿 gā zhā ér
嘘寒问暖 xū hán wèn nuǎn
嘘枯吹生 xū kū chuī shēng
嘲哳 zhāo zhā
嘲弄 cháo nòng
嘲风咏月 cháo fēng yǒng yuè
嘲风弄月 cháo fēng nòng yuè
嘴儿 zuǐ er
嘴头 zuǐ tóu
嘴快舌长 zuǐ kuài shé cháng
嘴角 zuǐ jiǎo
嘻嘻哈哈 xī xī hā hā
噀玉喷珠 xùn yù pēn zhū
噗哧一声 pū chī yì shēng
噙齿戴发 qín chǐ dài fā
器乐 qì yuè
器度 qì dù
器满将覆 qì mǎn jiāng fù
器满意得 qì mǎn yì dé
器用 qì yòng
器识 qì shí
器重 qì zhòng
器量 qì liàng
噱头 xué tou
噶厦 gá xià
嚅动 rú dòng
嚎天动地 háo tiān dòng dì
嚎天喊地 háo tiān hǎn dì
嚏喷 tì pēn
嚼墨喷纸 jué mò pēn zhǐ
嚼子 jiáo zi
嚼穿龈血 jiáo chuān yín xuè
嚼腭搥床 jiáo è chuí chuáng
嚼舌 jiáo shé
嚼舌头 jiáo shé tou
嚼舌根 jiáo shé gēn
嚼铁咀金 jiáo tiě jǔ jīn
嚼齿穿龈 jiáo chǐ chuān yín
囊漏储中 náng lòu chǔ zhōng
囊漏贮中 náng lòu zhù zhōng
囚笼 qiú lóng
囚车 qiú chē
囚首丧面 qiú shǒu sàng miàn
四不像 sì bù xiàng
四不拗六 sì bù niù liù
四亭八当 sì tíng bā dàng
四会 sì huì
四体 sì tǐ
四体不勤 sì tǐ bù qín
四停八当 sì tíng bā dāng
四六 sì liù
四六文 sì liù wén
四分五落 sì fēn wǔ luò
四分五裂 sì fēn wǔ liè
四合院 sì hé yuàn
四合院儿 sì hé yuàn ér
四大 sì dà
四大皆空 sì dà jiē kōng
四射 sì shè
四战之地 sì zhàn zhī dì
四海一家 sì hǎi yī jiā
四海为家 sì hǎi wéi jiā
四海承风 sì hǎi chéng fēng
四清六活 sì qīng liù huó
四纷五落 sì fēn wǔ luò
四脚朝天 sì jiǎo cháo tiān
四脚蛇 sì jiǎo shé
四舍五入 sì shě wǔ rù
四角 sì jiǎo
四重唱 sì chóng chàng
四马攒蹄 sì mǎ cuán tí
回信 huí xìn
回单 huí dān
回合 huí hé
回填 huí tián
回天倒日 huí tiān dǎo rì
回天转地 huí tiān zhuǎn dì
回天运斗 huí tiān yùn dǒu
回头 huí tóu
回头率 huí tóu lǜ
回头见 huí tóu jiàn
回头路 huí tóu lù
回娘家 huí niáng jiā
回家心切 huí jiā xīn qiè
回山倒海 huí shān dǎo hǎi
回山转海 huí shān zhuǎn hǎi
回应 huí yìng
回弹 huí tán
回撤 huí chè
回文织锦 huí wén zhī jǐn
回旋 huí xuán
回空 huí kōng
回笼 huí lóng
回纥 huí hé
回老家 huí lǎo jiā
回肠九转 huí cháng jiǔ zhuǎn
回肠百转 huí cháng bǎi zhuǎn
回落 huí luò
回见 huí jiàn
回车 huí chē
回转 huí zhuǎn
回迁 huí qiān
回还 huí huán
回邪入正 huí xié rù zhèng
回采 huí cǎi
回风 huí fēng
回黄转绿 huí huáng zhuǎn lǜ
因任授官 yīn rèn shòu guān
因公假私 yīn gōng jiǎ sī
因公行私 yīn gōng xíng sī
因利乘便 yīn lì chéng biàn
因噎废食 yīn yē fèi shí
因小失大 yīn xiǎo shī dà
因应 yīn yìng
因数 yīn shù
因果报应 yīn guǒ bào yìng
因风吹火 yīn fēng chuī huǒ
团中央 tuán zhōng yāng
团代会 tuán dài huì
团体 tuán tǐ
团体赛 tuán tǐ sài
团团转 tuán tuán zhuàn
团头聚面 tuán tóu jù miàn
团委 tuán wěi
团弄 tuán nòng
团日 tuán rì
团歌 tuán gē
团籍 tuán jí
团结 tuán jié
团长 tuán zhǎng
囤积 tún jī
囤积居奇 tún jī jū qí
囤聚 tún jù
囫囵半片 hú lún bàn piàn
园地 yuán dì
困兽犹斗 kùn shòu yóu dòu
困知勉行 kùn zhī miǎn xíng
困觉 kùn jiào
困难重重 kùn nán chóng chóng
围剿 wéi jiǎo
围城打援 wéi chéng dǎ yuán
围屏 wéi píng
围点打援 wéi diǎn dǎ yuán
围脖儿 wéi bó er
围追堵截 wéi zhuī dǔ jié
固定汇率 gù dìng huì lǜ
固执不变 gù zhí bú biàn
固执己见 gù zhí jǐ jiàn
固执成见 gù zhí chéng jiàn
固有 gù yǒu
固有频率 gù yǒu pín lǜ
固着 gù zhuó
固结 gù jié
固若金汤 gù ruò jīn tāng
国丧 guó sāng
国乐 guó yuè
国产片 guó chǎn piàn
国仇 guó chóu
国会 guó huì
国信 guó xìn
国共 guó gòng
国内 guó nèi
国别 guó bié
国华 guó huá
国家 guó jiā
国家机关 guó jiā jī guān
国家机器 guó jiā jī qì
国家资本主义 guó jiā zī běn zhǔ yì
国家赔偿 guó jiā péi cháng
国富兵强 guó fù bīng qiáng
国富民强 guó fù mín qiáng
国将不国 guó jiāng bù guó
国尔忘家 guó ěr wàng jiā
国度 guó dù
国无宁日 guó wú níng rì
国有 guó yǒu
国统区 guó tǒng qū
国而忘家 guó ér wàng jiā
国耳忘家 guó ěr wàng jiā
国脉 guó mài
国语 guó yǔ
国都 guó dū
国防绿 guó fáng lǜ
国际复兴开发银行 guó jì fù xīng kāi fā yín háng
国难 guó nàn
国难当头 guó nàn dāng tóu
国风 guó fēng
图卷 tú juàn
图片 tú piàn
图穷匕见 tú qióng bǐ xiàn
图穷匕首见 tú qióng bǐ shǒu xiàn
图解 tú jiě
图说 tú shuō
图钉 tú dīng
囿于 yòu yú
囿于成见 yòu yú chéng jiàn
圆周率 yuán zhōu lǜ
圆圈 yuán quān
圆笼 yuán lóng
圈儿 quān er
圈地 quān dì
圈牢养物 juàn láo yǎng wù
土专家 tǔ zhuān jiā
土偶蒙金 tǔ ǒu méng jīn
土名 tǔ míng
土地 tǔ dì
土地税 tǔ dì shuì
土地革命 tǔ dì gé mìng
土堡 tǔ pù
土崩瓦解 tǔ bēng wǎ jiě
土洋结合 tǔ yáng jié hé
土生土长 tǔ shēng tǔ zhǎng
土石方 tǔ shí fāng
土系 tǔ xì
土老帽儿 tǔ lǎo mào er
土耳其 tǔ ěr qí
土耳其人 tǔ ěr qí rén
土语 tǔ yǔ
土风 tǔ fēng
圣上 shèng shàng
圣人不为而成 shèng rén bù wéi ér chéng
圣君贤相 shèng jūn xián xiàng
圣地 shèng dì
圣女 shèng nǚ
圣经贤传 shèng jīng xián zhuàn
在内 zài nèi
在家 zài jiā
在家出家 zài jiā chū jiā
在所难免 zài suǒ nán miǎn
在手 zài shǒu
在押犯 zài yā fàn
在朝 zài cháo
在校 zài xiào
在此期间 zài cǐ qī jiān
在理会 zài lǐ huì
在行 zài háng
在逃犯 zài táo fàn
圩场 xū cháng
圭角 guī jiǎo
圭角不露 guī jiǎo bù lù
地上 dì shàng
地上天官 dì shàng tiān guān
地下 dì xià
地下修文 dì xià xiū wén
地下党 dì xià dǎng
地下水 dì xià shuǐ
地下河 dì xià hé
地下铁道 dì xià tiě dào
地中海 dì zhōng hǎi
地主 dì zhǔ
地久天长 dì jiǔ tiān cháng
地价 dì jià
地价税 dì jià shuì
地利 dì lì
地利人和 dì lì rén hé
地动 dì dòng
地动山摇 dì dòng shān yáo
地勤 dì qín
地北天南 dì běi tiān nán
地区 dì qū
地名 dì míng
地图 dì tú
地块 dì kuài
地块儿 dì kuài er
地堡 dì bǎo
地壳 dì qiào
地壳运动 dì qiào yùn dòng
地大物博 dì dà wù bó
地头 dì tóu
地头蛇 dì tóu shé
地委 dì wěi
地层 dì céng
地平 dì píng
地平天成 dì píng tiān chéng
地广人稀 dì guǎng rén xī
地形 dì xíng
地形图 dì xíng tú
地心 dì xīn
地心说 dì xīn shuō
地摊 dì tān
地摊儿 dì tān er
地支 dì zhī
地方 dì fāng
地方主义 dì fāng zhǔ yì
地方官 dì fāng guān
地方时 dì fāng shí
地方民族主义 dì fāng mín zú zhǔ yì
地方病 dì fāng bìng
地方税 dì fāng shuì
地方话 dì fāng huà
地旷人稀 dì kuàng rén xī
地暴十寒 dì pù shí hán
地核 dì hé
地棘天荆 dì jí tiān jīng
地沥青 dì lì qīng
地波 dì bō
地洞 dì dòng
地温 dì wēn
地点 dì diǎn
地热 dì rè
地牢 dì láo
地狱 dì yù
地狱变相 dì yù biàn xiàng
地球 dì qiú
地球资源卫星 dì qiú zī yuán wèi xīng
地理 dì lǐ
地理信息 dì lǐ xìn xī
地理信息系统 dì lǐ xìn xī xì tǒng
地瓜 dì guā
地电 dì diàn
地瘠民贫 dì jí mín pín
地磅 dì bàng
地积 dì jī
地税 dì shuì
地空导弹 dì kōng dǎo dàn
地窨子 dì yìn zi
地网天罗 dì wǎng tiān luó
地老天昏 dì lǎo tiān hūn
地脉 dì mài
地藏 dì zàng
地藏寺 dì zàng sì
地衣 dì yī
地表 dì biǎo
地表水 dì biǎo shuǐ
地角 dì jiǎo
地貌 dì mào
地质 dì zhì
地边 dì biān
地道 dì dào
地铁 dì tiě
地震 dì zhèn
地震棚 dì zhèn péng
地震波 dì zhèn bō
地震烈度 dì zhèn liè dù
地震预报 dì zhèn yù bào
地面 dì miàn
地面水 dì miàn shuǐ
地面沉降 dì miàn chén jiàng
地黄 dì huáng
地龙 dì lóng
场合 chǎng hé
场地 chǎng dì
场面 chǎng miàn
场面上 chǎng miàn shàng
场面人 chǎng miàn rén
均分 jūn fēn
均差 jūn chà
坊巷 fāng xiàng
坊本 fāng běn
坊间 fāng jiān
坎坷 kǎn kě
坎坷不平 kǎn kě bù píng
坎帕拉 kǎn pà lā
坎止流行 kǎn zhǐ liú xíng
坏东西 huài dōng xi
坏人 huài rén
坏兆头 huài zhào tou
坏心眼儿 huài xīn yǎn er
坏植散群 huài zhí sàn qún
坏死 huài sǐ
坏水 huài shuǐ
坏法乱纪 huài fǎ luàn jì
坏脾气 huài pí qì
坏血病 huài xuè bìng
坏话 huài huà
坐上 zuò shàng
坐上琴心 zuò shàng qín xīn
坐不重席 zuò bù chóng xí
坐井观天 zuò jǐng guān tiān
坐享其功 zuò xiǎng qí gōng
坐享其成 zuò xiǎng qí chéng
坐以待旦 zuò yǐ dài dàn
坐卧不离 zuò wò bù lí
坐吃山空 zuò chī shān kōng
坐大 zuò dà
坐山观虎斗 zuò shān guān hǔ dòu
坐怀不乱 zuò huái bù luàn
坐机关 zuò jī guān
坐树不言 zuò shù bù yán
坐禁闭 zuò jìn bì
坐禅 zuò chán
坐而待旦 zuò ér dài dàn
坐而论道 zuò ér lùn dào
坐落 zuò luò
坐视不救 zuò shì bù jiù
坐言起行 zuò yán qǐ xíng
坐起来 zuò qǐ lái
坐车 zuò chē
坐食山空 zuò shí shān kōng
坐骨 zuò gǔ
坐骨神经 zuò gǔ shén jīng
坑蒙 kēng méng
块头 kuài tóu
坚信 jiān xìn
坚如盘石 jiān rú pán shí
坚如磐石 jiān rú pán shí
坚定不移 jiān dìng bù yí
坚强 jiān qiáng
坚强不屈 jiān qiáng bù qū
坚忍不拔 jiān rěn bù bá
坚执不从 jiān zhí bù cóng
坚称 jiān chēng
坚贞不屈 jiān zhēn bù qū
坚韧不拔 jiān rèn bù bá
坝地 bà dì
坝身 bà shēn
坟地 fén dì
坟头 fén tóu
坠地 zhuì dì
坠落 zhuì luò
坡地 pō dì
坡度 pō dù
坡跟 pō gēn
坤包 kūn bāo
坤角儿 kūn jué ér
坦克车 tǎn kè chē
坦率 tǎn shuài
坦露 tǎn lù
坼裂 chè liè
垂头 chuí tóu
垂头塞耳 chuí tóu sāi ěr
垂手可得 chuí shǒu kě dé
垂手而得 chuí shǒu ér dé
垂死挣扎 chuí sǐ zhēng zhá
垂涎三尺 chuí xián sān chǐ
垂落 chuí luò
垂首帖耳 chuí shǒu tiē ěr
垛口 duǒ kǒu
垢泥 gòu ní
垢面蓬头 gòu miàn péng tóu
垦区 kěn qū
垫上运动 diàn shàng yùn dòng
垫儿 diàn er
垫圈 diàn juàn
垫底儿 diàn dǐ ér
垫片 diàn piàn
垫背 diàn bèi
垫脚石 diàn jiǎo shí
垫被 diàn bèi
埃菲尔铁塔 āi fēi ěr tiě tǎ
埋三怨四 mán sān yuàn sì
埋伏 mái fú
埋名 mái míng
埋天怨地 mán tiān yuàn dì
埋头 mái tóu
埋头苦干 mái tóu kǔ gàn
埋怨 mán yuàn
埋没 mái mò
埋藏 mái cáng
埋首 mái shǒu
城北徐公 chéng běi xú gōng
城区 chéng qū
城堡 chéng bǎo
城头 chéng tóu
埒才角妙 liè cái jué miào
埒材角妙 liè cái jiǎo miào
埙篪相和 xūn chí xiāng hè
域内 yù nèi
埠头 bù tóu
基围虾 jī wéi xiā
基地 jī dì
基数 jī shù
基色 jī sè
基调 jī diào
堂会 táng huì
堂堂正正 táng táng zhèng zhèng
堂皇富丽 táng huáng fù lì
堂皇正大 táng huáng zhèng dà
堆案盈几 duī àn yíng jī
堕云雾中 duò yún wù zhōng
堕入 duò rù
堕地 duò dì
堕甑不顾 duò zèng bù gù
堕马 duò mǎ
堙没 yīn mò
堙谷堑山 yīn gǔ qiàn shān
堡子 bǔ zi
堪培拉 kān péi lā
堪当 kān dāng
堰塞湖 yàn sè hú
堵塞 dǔ sè
堵车 dǔ chē
塌落 tā luò
塑料布 sù liào bù
塑料炸弹 sù liào zhà dàn
塔什干 tǎ shí gàn
塔尖上功德 tǎ jiān shàng gōng dé
塔里木盆地 tǎ lǐ mù pén dì
塔顶 tǎ dǐng
塘泥 táng ní
塞上 sài shàng
塞上江南 sài shàng jiāng nán
塞井焚舍 sāi jǐng fén shě
塞北 sài běi
塞北江南 sāi běi jiāng nán
塞外 sài wài
塞擦音 sè cā yīn
塞纳河 sāi nà hé
塞翁之马 sài wēng zhī mǎ
塞翁失马 sài wēng shī mǎ
塞翁得马 sài wēng dé mǎ
塞规 sāi guī
塞责 sè zé
塞车 sāi chē
塞门 sài mén
塞音 sè yīn
填充 tián chōng
填发 tián fā
填堵 tián dǔ
填塞 tián sè
填填 tián tián
填平 tián píng
填报 tián bào
填方 tián fāng
填空 tián kòng
填街塞巷 tián jiē sāi xiàng
填补 tián bǔ
填鸭 tián yā
境地 jìng dì
墓地 mù dì
墙倒众人推 qiáng dǎo zhòng rén tuī
墙头 qiáng tóu
墙头草 qiáng tóu cǎo
墙头马上 qiáng tóu mǎ shàng
墙有耳 qiáng yǒu ěr
墙角 qiáng jiǎo
增修 zēng xiū
增压 zēng yā
增大 zēng dà
增广 zēng guǎng
增建 zēng jiàn
增强 zēng qiáng
增支 zēng zhī
增收节支 zēng shōu jié zhī
增温 zēng wēn
增白 zēng bái
增砖添瓦 zēng zhuān tiān wǎ
增编 zēng biān
增调 zēng diào
增重 zēng zhòng
增量 zēng liàng
增长 zēng zhǎng
增长点 zēng zhǎng diǎn
增长速度 zēng zhǎng sù dù
墨家 mò jiā
墨斗 mò dǒu
墨斗鱼 mò dǒu yú
墨汁未干 mò zhī wèi gān
墨绿 mò lǜ
墨迹未干 mò jì wèi gān
壅塞 yōng sè
士为知己者死 shì wèi zhī jǐ zhě sǐ
士可杀不可辱 shì kě shā bù kě rǔ
士女 shì nǚ
壮丽 zhuàng lì
壮乡 zhuàng xiāng
壮发冲冠 zhuàng fā chōng guàn
壮大 zhuàng dà
壮硕 zhuàng shuò
壮语 zhuàng yǔ
壮门面 zhuàng mén miàn
声乐 shēng yuè
声势浩大 shēng shì hào dà
声压 shēng yā
声名狼藉 shēng míng láng jí
声应气求 shēng yìng qì qiú
声振屋瓦 shēng zhèn wū wǎ
声气相投 shēng qì xiāng tóu
声气相求 shēng qì xiāng qiú
声气相通 shēng qì xiāng tōng
声求气应 shēng qiú qì yìng
声称 shēng chēng
声调 shēng diào
声闻过情 shēng wén guò qíng
声频 shēng pín
壶中天地 hú zhōng tiān dì
壶中日月 hú zhōng rì yuè
壶浆塞道 hú jiāng sāi dào
壶里乾坤 hú lǐ qián kūn
壹败涂地 yī bài tú dì
处于 chǔ yú
处以 chǔ yǐ
处分 chǔ fèn
处堂燕雀 chǔ táng yàn què
处女 chǔ nǚ
处女地 chǔ nǚ dì
处实效功 chǔ shí xiào gōng
处方 chǔ fāng
处死 chǔ sǐ
处理 chǔ lǐ
处理品 chǔ lǐ pǐn
处理失当 chǔ lǐ shī dàng
处理得当 chǔ lǐ dé dàng
处罚 chǔ fá
处身 chǔ shēn
处长 chù zhǎng
处高临深 chǔ gāo lín shēn
备位充数 bèi wèi chōng shù
备多力分 bèi duō lì fēn
备有 bèi yǒu
备查 bèi chá
备而不用 bèi ér bù yòng
复仇 fù chóu
复会 fù huì
复信 fù xìn
复兴 fù xīng
复发 fù fā
复句 fù jù
复叶 fù yè
复合 fù hé
复合元音 fù hé yuán yīn
复名数 fù míng shù
复建 fù jiàn
复排 fù pái
复数 fù shù
复查 fù chá
复核 fù hé
复电 fù diàn
复种 fù zhǒng
复种指数 fù zhǒng zhǐ shù
复评 fù píng
复转 fù zhuǎn
复辟 fù bì
夏令 xià lìng
夏令时 xià lìng shí
夏侯 xià hóu
夏夜 xià yè
夏虫不可以语冰 xià chóng bù kě yǐ yǔ bīng
夏虫朝菌 xià chóng zhāo jūn
夏虫疑冰 xià chóng yí bīng
夏虫语冰 xià chóng yǔ bīng
夏雨雨人 xià yǔ yǔ rén
夕寐宵兴 xī mèi xiāo xīng
夕惕朝乾 xī tì zhāo qián
夕阳红 xī yáng hóng
外亲 wài qīn
外亲内疏 wài qīn nèi shū
外传 wài zhuàn
外侧 wài cè
外出血 wài chū xuè
外分泌 wài fēn mì
外切 wài qiē
外合里差 wài hé lǐ chà
外合里应 wài hé lǐ yìng
外国语 wài guó yǔ
外圆内方 wài yuán nèi fāng
外地 wài dì
外头 wài tou
外姓人 wài xìng rén
外孙 wài sūn
外孙女 wài sūn nǚ
外家 wài jiā
外宽内明 wài kuān nèi míng
外宽内深 wài kuān nèi shēn
外差 wài chà
外强 wài qiáng
外强中干 wài qiáng zhōng gān
外强中瘠 wài qiáng zhōng jí
外来语 wài lái yǔ
外活儿 wài huó er
外甥女 wài shēng nǚ
外相 wài xiàng
外省 wài shěng
外祖父 wài zǔ fù
外简内明 wài jiǎn nèi míng
外行 wài háng
外行人 wài háng rén
外行话 wài háng huà
外角 wài jiǎo
外语 wài yǔ
外调 wài diào
外转 wài zhuǎn
外长 wài zhǎng
外间 wài jiān
外露 wài lù
外面儿光 wài miàn er guāng
夙世冤家 sù shì yuān jiā
夙仇 sù chóu
夙兴昧旦 sù xīng mèi dàn
夙夜不解 sù yè bù jiě
夙夜匪解 sù yè fěi jiě
多一点 duō yì diǎn
多会儿 duō huì er
多元论 duō yuán lùn
多凶少吉 duō xiōng shǎo jí
多劳多得 duō láo duō de
多发 duō fā
多发病 duō fā bìng
多口相声 duō kǒu xiàng shēng
多吃多占 duō chī duō zhàn
多咱 duō zá
多嘴献浅 duō zuǐ xiàn qiǎn
多大 duō dà
多头 duō tóu
多弹头 duō dàn tóu
多快好省 duō kuài hǎo shěng
多收并畜 duō shōu bìng chù
多数 duō shù
多文为富 duō wén wéi fù
多普勒效应 duō pǔ lè xiào yìng
多歧亡羊 duō qí wáng yáng
多民族国家 duō mín zú guó jiā
多疑 duō yí
多米尼加共和国 duō mǐ ní jiā gòng hé guó
多能 duō néng
多见广识 duō jiàn guǎng shí
多角形 duō jiǎo xíng
多言多语 duō yán duō yǔ
多言或中 duō yán huò zhōng
多言数穷 duō yán shuò qióng
多言繁称 duō yán fán chēng
多财善贾 duō cái shàn gǔ
多钱善贾 duō qián shàn gǔ
多闻阙疑 duō wén quē yí
多面角 duō miàn jiǎo
夜分 yè fēn
夜大 yè dà
夜如何其 yè rú hé jī
夜宿 yè sù
夜总会 yè zǒng huì
夜校 yè xiào
夜空 yè kōng
夜行 yè xíng
夜行军 yè xíng jūn
夜车 yè chē
夜郎自大 yè láng zì dà
夜长梦多 yè cháng mèng duō
夜长梦短 yè cháng mèng duǎn
夜间 yè jiān
夜静更深 yè jìng gēng shēn
夜静更阑 yè jìng gēng lán
够劲儿 gòu jìn er
够受的 gòu shòu de
大一 dà yī
大一统 dà yī tǒng
大不了 dà bù liǎo
大专 dà zhuān
大专生 dà zhuān shēng
大专院校 dà zhuān yuàn xiào
大业 dà yè
大中至正 dà zhōng zhì zhèng
大丽花 dà lì huā
大义 dà yì
大义灭亲 dà yì miè qīn
大乘 dà chéng
大事 dà shì
大事不妙 dà shì bú miào
大事化小 dà shì huà xiǎo
大事铺张 dà shì pū zhāng
大五金 dà wǔ jīn
大人 dà rén
大人先生 dà rén xiān shēng
大仁大义 dà rén dà yì
大众 dà zhòng
大会 dà huì
大伯 dà bó
大伯子 dà bǎi zǐ
大余 dà yú
大作 dà zuò
大便 dà biàn
大修 dà xiū
大公 dà gōng
大公报 dà gōng bào
大公无私 dà gōng wú sī
大关 dà guān
大兴 dà xīng
大兴土木 dà xīng tǔ mù
大兵 dà bīng
大内 dà nèi
大军 dà jūn
大出血 dà chū xuè
大刀 dà dāo
大分 dà fēn
大别山 dà bié shān
大前天 dà qián tiān
大前提 dà qián tí
大功 dà gōng
大功告成 dà gōng gào chéng
大功毕成 dà gōng bì chéng
大动肝火 dà dòng gān huǒ
大动脉 dà dòng mài
大包 dà bāo
大包干 dà bāo gān
大包干儿 dà bāo gān er
大北 dà běi
大区 dà qū
大半 dà bàn
大半天 dà bàn tiān
大卡 dà kǎ
大厦 dà shà
大厦将颠 dà shà jiāng diān
大发 dà fā
大发慈悲 dà fā cí bēi
大发议论 dà fā yì lùn
大发谬论 dà fā miù lùn
大口 dà kǒu
大司马 dà sī mǎ
大吉 dà jí
大吉大利 dà jí dà lì
大同 dà tóng
大同江 dà tóng jiāng
大名 dà míng
大名难居 dà míng nán jū
大名鼎鼎 dà míng dǐng dǐng
大后天 dà hòu tiān
大后方 dà hòu fāng
大含细入 dà hán xì rù
大吹大打 dà chuī dà dǎ
大呼隆 dà hū lóng
大哥 dà gē
大哥大 dà gē dà
大喜 dà xǐ
大器 dà qì
大器晚成 dà qì wǎn chéng
大嚼 dà jué
大团结 dà tuán jié
大国 dà guó
大圣 dà shèng
大地 dà dì
大地回春 dà dì huí chūn
大地春回 dà dì chūn huí
大地测量 dà dì cè liáng
大块 dà kuài
大块头 dà kuài tóu
大埔 dà bù
大堡礁 dà pù jiāo
大声 dà shēng
大声疾呼 dà shēng jí hū
大处着墨 dà chù zhuó mò
大处着眼 dà chù zhuó yǎn
大多 dà duō
大多数 dà duō shù
大大 dà dà
大大落落 dà dà luò luò
大天白日 dà tiān bái rì
大夫 dà fū
大头 dà tóu
大头鱼 dà tóu yú
大好 dà hǎo
大好河山 dà hǎo hé shān
大姑 dà gū
大姓 dà xìng
大婶 dà shěn
大婶儿 dà shěn ér
大字 dà zì
大字报 dà zì bào
大学 dà xué
大学生 dà xué shēng
大官 dà guān
大实话 dà shí huà
大客车 dà kè chē
大家 dà jiā
大家伙 dà jiā huo
大家伙儿 dà jiā huo er
大家闺秀 dà jiā guī xiù
大寒 dà hán
大将 dà jiàng
大将军 dà jiāng jūn
大尉 dà wèi
大小 dà xiǎo
大屋顶 dà wū dǐng
大展 dà zhǎn
大展宏图 dà zhǎn hóng tú
大展经纶 dà zhǎn jīng lún
大工 dà gōng
大工告成 dà gōng gào chéng
大巧若拙 dà qiǎo ruò zhuō
大巴 dà bā
大市 dà shì
大帝 dà dì
大幅增长 dà fú zēng zhǎng
大干 dà gàn
大年 dà nián
大年三十 dà nián sān shí
大年初一 dà nián chū yī
大年夜 dà nián yè
大度 dà dù
大庭广众 dà tíng guǎng zhòng
大廷广众 dà tíng guǎng zhòng
大开大合 dà kāi dà hé
大开方便之门 dà kāi fāng biàn zhī mén
大张旗鼓 dà zhāng qí gǔ
大得人心 dà dé rén xīn
大循环 dà xún huán
大德 dà dé
大快人心 dà kuài rén xīn
大总统 dà zǒng tǒng
大恩大德 dà ēn dà dé
大悲 dà bēi
大惊失色 dà jīng shī sè
大惑不解 dà huò bù jiě
大慈大悲 dà cí dà bēi
大成 dà chéng
大打出手 dà dǎ chū shǒu
大批 dà pī
大报 dà bào
大拇指 dà mǔ zhǐ
大指 dà zhǐ
大换血 dà huàn xiě
大排行 dà pái háng
大提琴 dà tí qín
大操大办 dà cāo dà bàn
大放悲声 dà fàng bēi shēng
大故 dà gù
大数 dà shù
大方 dà fāng
大方之家 dà fāng zhī jiā
大旱望云 dà hàn wàng yún
大旱望云霓 dà hàn wàng yún ní
大明 dà míng
大明法度 dà míng fǎ dù
大是大非 dà shì dà fēi
大显神通 dà xiǎn shén tōng
大显身手 dà xiǎn shēn shǒu
大晴天 dà qíng tiān
大智 dà zhì
大智如愚 dà zhì rú yú
大智若愚 dà zhì ruò yú
大月 dà yuè
大有 dà yǒu
大有人在 dà yǒu rén zài
大有见地 dà yǒu jiàn dì
大有起色 dà yǒu qǐ sè
大本 dà běn
大权 dà quán
大权旁落 dà quán páng luò
大材小用 dà cái xiǎo yòng
大杖则走 dà zhàng zé zǒu
大板车 dà bǎn chē
大树 dà shù
大树将军 dà shù jiāng jūn
大校 dà xiào
大样 dà yàng
大模大样 dà mú dà yàng
大款 dà kuǎn
大步流星 dà bù liú xīng
大毛 dà máo
大气 dà qì
大气压 dà qì yā
大气圈 dà qì quān
大气层 dà qì céng
大气磅礴 dà qì páng bó
大水 dà shuǐ
大汉 dà hàn
大汉族主义 dà hàn zú zhǔ yì
大江 dà jiāng
大江南北 dà jiāng nán běi
大河 dà hé
大法 dà fǎ
大波 dà bō
大洋 dà yáng
大浪 dà làng
大浪淘沙 dà làng táo shā
大海 dà hǎi
大渡河 dà dù hé
大火 dà huǒ
大炮 dà pào
大烟 dà yān
大烟鬼 dà yān guǐ
大片 dà piàn
大牙 dà yá
大牢 dà láo
大牲畜 dà shēng chù
大率 dà shuài
大王 dà wáng
大理 dà lǐ
大理石 dà lǐ shí
大璞不完 tài pú bù wán
大男大女 dà nán dà nǚ
大病 dà bìng
大白 dà bái
大白话 dà bái huà
大直若屈 dà zhí ruò qū
大眼望小眼 dà yǎn wàng xiǎo yǎn
大眼瞪小眼 dà yǎn dèng xiǎo yǎn
大碗儿茶 dà wǎn er chá
大碗茶 dà wǎn chá
大礼 dà lǐ
大礼拜 dà lǐ bài
大神 dà shén
大禹 dà yǔ
大禹治水 dà yǔ zhì shuǐ
大系 dà xì
大红 dà hóng
大红大绿 dà hóng dà lǜ
大约 dà yuē
大约摸 dà yuē mō
大经大法 dà jīng dà fǎ
大统 dà tǒng
大缪不然 dà miù bù rán
大群 dà qún
大老 dà lǎo
大老爷们儿 dà lǎo yé men ér
大而无当 dà ér wú dàng
大肆 dà sì
大肆宣传 dà sì xuān chuán
大肉 dà ròu
大胆 dà dǎn
大胆包身 dà dǎn bāo shēn
大脑 dà nǎo
大脑皮层 dà nǎo pí céng
大脑皮质 dà nǎo pí zhì
大脖子病 dà bó zi bìng
大腹便便 dà fù pián pián
大舌头 dà shé tou
大茴香 dà huí xiāng
大莫与京 dà mò yǔ jīng
大获全胜 dà huò quán shèng
大藏 dà zàng
大藏经 dà zàng jīng
大行大市 dà háng dà shì
大行星 dà xíng xīng
大街 dà jiē
大街小巷 dà jiē xiǎo xiàng
大衣 dà yī
大西北 dà xī běi
大西南 dà xī nán
大西洋 dà xī yáng
大角 dà jiǎo
大解 dà jiě
大计 dà jì
大计小用 dà jì xiǎo yòng
大话 dà huà
大请大受 dà qǐng dà shòu
大调 dà diào
大豆 dà dòu
大赛 dà sài
大起大落 dà qǐ dà luò
大跃进 dà yuè jìn
大路 dà lù
大路椎轮 dà lù zhuī lún
大路活 dà lù huó
大身 dà shēn
大车 dà chē
大轿车 dà jiào chē
大辂椎轮 dà lù zhuī lún
大辩不言 dà biàn bù yán
大过 dà guò
大运河 dà yùn hé
大逆 dà nì
大逆不道 dà nì bù dào
大逆无道 dà nì wú dào
大通 dà tōng
大道 dà dào
大邑 dà yì
大部 dà bù
大部分 dà bù fèn
大部头 dà bù tóu
大都 dà dū
大都会 dà dū huì
大量 dà liàng
大门 dà mén
大陆 dà lù
大陵 dà líng
大难 dà nàn
大难不死 dà nàn bù sǐ
大难临头 dà nàn lín tóu
大雁 dà yàn
大雅 dà yǎ
大雨 dà yǔ
大雪 dà xuě
大雪山 dà xuě shān
大青 dà qīng
大面 dà miàn
大面儿 dà miàn er
大革命 dà gé mìng
大音希声 dà yīn xī shēng
大风 dà fēng
大风歌 dà fēng gē
大餐 dà cān
大饼 dà bǐng
大马哈鱼 dà mǎ hā yú
大马金刀 dà mǎ jīn dāo
大骨节病 dà gǔ jié bìng
大鱼吃小鱼 dà yú chī xiǎo yú
大麻 dà má
大麻哈鱼 dà má hā yú
大黄 dà huáng
大黄鱼 dài huáng yú
大鼓 dà gǔ
天上 tiān shàng
天上人间 tiān shàng rén jiān
天上石麟 tiān shàng shí lín
天上麒麟 tiān shàng qí lín
天下一家 tiān xià yī jiā
天下为公 tiān xià wéi gōng
天下为家 tiān xià wéi jiā
天下为笼 tiān xià wéi lóng
天下大乱 tiān xià dà luàn
天不作美 tiān bù zuò měi
天不绝人 tiān bù jué rén
天与人归 tiān yǔ rén guī
天人共鉴 tiān rén gòng jiàn
天人合一 tiān rén hé yī
天伦之乐 tiān lún zhī lè
天作之合 tiān zuò zhī hé
天公地道 tiān gōng dì dào
天兵天将 tiān bīng tiān jiàng
天冲 tiān chōng
天凝地闭 tiān níng dì bì
天分 tiān fèn
天南地北 tiān nán dì běi
天南海北 tiān nán hǎi běi
天各一方 tiān gè yī fāng
天命有归 tiān mìng yǒu guī
天和 tiān hé
天地 tiān dì
天地会 tiān dì huì
天地良心 tiān dì liáng xīn
天地诛灭 tiān dì zhū miè
天地长久 tiān dì cháng jiǔ
天堑 tiān qiàn
天壤之别 tiān rǎng zhī bié
天外有天 tiān wài yǒu tiān
天大地大 tiān dà dì dà
天头 tiān tóu
天女 tiān nǚ
天女散花 tiān nǚ sàn huā
天姥山 tiān mǔ shān
天崩地裂 tiān bēng dì liè
天崩地解 tiān bēng dì jiě
天干 tiān gān
天平地成 tiān píng dì chéng
天年不测 tiān nián bù cè
天底 tiān dǐ
天底下 tiān dǐ xià
天开地辟 tiān kāi dì pì
天悬地隔 tiān xuán dì gé
天惊石破 tiān jīng shí pò
天成地平 tiān chéng dì píng
天才论 tiān cái lùn
天择 tiān zé
天摇地动 tiān yáo dì dòng
天数 tiān shù
天文数字 tiān wén shù zì
天旋地转 tiān xuán dì zhuàn
天时地利人和 tiān shí dì lì rén hé
天昏地暗 tiān hūn dì àn
天晓得 tiān xiǎo de
天有不测风云 tiān yǒu bù cè fēng yún
天朝 tiān cháo
天末凉风 tiān mò liáng fēng
天正 tiān zhèng
天涯咫尺 tiān yá zhǐ chǐ
天涯地角 tiān yá dì jiǎo
天涯海角 tiān yá hǎi jiǎo
天渊之别 tiān yuān zhī bié
天灾地变 tiān zāi dì biàn
天父 tiān fù
天王 tiān wáng
天王星 tiān wáng xīng
天生一对 tiān shēng yí duì
天生丽质 tiān shēng lì zhì
天知地知 tiān zhī dì zhī
天知道 tiān zhī dào
天空 tiān kōng
天粟马角 tiān sù mǎ jiǎo
天经地义 tiān jīng dì yì
天缘凑合 tiān yuán còu hé
天翻地覆 tiān fān dì fù
天荒地老 tiān huāng dì lǎo
天诛地灭 tiān zhū dì miè
天车 tiān chē
天道好还 tiān dào hǎo huán
天道宁论 tiān dào níng lùn
天道无亲 tiān dào wú qīn
天长地久 tiān cháng dì jiǔ
天长地老 tiān cháng dì lǎo
天长日久 tiān cháng rì jiǔ
天马行空 tiān mǎ xíng kōng
天高地下 tiān gāo dì xià
天高地厚 tiān gāo dì hòu
太上忘情 tài shàng wàng qíng
太丘道广 tài qiū dào guǎng
太冲 tài chòng
太和 tài hé
太夫人 tài fū rén
太子参 tài zi shēn
太尉 tài wèi
太山北斗 tài shān běi dòu
太岁头上动土 tài suì tóu shàng dòng tǔ
太平间 tài píng jiān
太平龙头 tài píng lóng tóu
太湖石 tài hú shí
太空 tài kōng
太行山 tài háng shān
太过 tài guò
太过分 tài guò fèn
太阳地儿 tài yáng dì ér
太阳系 tài yáng xì
太阳能 tài yáng néng
太阿 tài ē
太阿倒持 tài ē dào chí
太阿在握 tài ē zài wò
夫人 fū rén
夫倡妇随 fū chàng fù suí
夫唱妇随 fū chàng fù suí
夫妻 fū qī
夫妻反目 fū qī fǎn mù
夫子 fū zǐ
夫子自道 fū zǐ zì dào
夭折 yāo zhé
央行 yāng háng
夯歌 hāng gē
失传 shī chuán
失信 shī xìn
失单 shī dān
失和 shī hé
失地 shī dì
失学率 shī xué lǜ
失当 shī dàng
失着 shī zhāo
失而复得 shī ér fù de
失落 shī luò
失血 shī xuè
失语 shī yǔ
失调 shī tiáo
失贞 shī zhēn
失重 shī zhòng
失风 shī fēng
头一无二 tóu yī wú èr
头上安头 tóu shàng ān tóu
头上末下 tóu shàng mò xià
头上著头 tóu shàng zhuó tóu
头人 tóu rén
头伏 tóu fú
头会箕敛 tóu kuài jī liǎn
头会箕赋 tóu kuài jī fù
头像 tóu xiàng
头儿 tóu er
头先 tóu xiān
头出头没 tóu chū tóu mò
头功 tóu gōng
头发 tóu fà
头名 tóu míng
头天 tóu tiān
头头 tóu tóu
头头儿 tóu tóu er
头头是道 tóu tóu shì dào
头子 tóu zi
头家 tóu jiā
头寸 tóu cùn
头昏 tóu hūn
头昏眼暗 tóu hūn yǎn àn
头昏眼花 tóu hūn yǎn huā
头晕 tóu yūn
头晕眼花 tóu yūn yǎn huā
头没杯案 tóu mò bēi àn
头班车 tóu bān chē
头生 tóu shēng
头疼 tóu téng
头疼脑热 tóu téng nǎo rè
头痒搔跟 tóu yǎng sāo gēn
头痛 tóu tòng
头痛脑热 tóu tòng nǎo rè
头痛额热 tóu tòng é rè
头盖 tóu gài
头盖骨 tóu gài gǔ
头目 tóu mù
头眩目昏 tóu xuàn mù hūn
头破血出 tóu pò xuè chū
头破血流 tóu pò xuè liú
头破血淋 tóu pò xuè lín
头童齿豁 tóu tóng chǐ huò
头绳 tóu shéng
头羊 tóu yáng
头脑 tóu nǎo
头角 tóu jiǎo
头角峥嵘 tóu jiǎo zhēng róng
头路 tóu lù
头里 tóu lǐ
头重脚轻 tóu zhòng jiǎo qīng
头雁 tóu yàn
头面 tóu miàn
头顶 tóu dǐng
头马 tóu mǎ
头骨 tóu gǔ
夷为平地 yí wéi píng dì
夸口 kuā kǒu
夸嘴 kuā zuǐ
夸多斗靡 kuā duō dòu mí
夸大 kuā dà
夸张 kuā zhāng
夸强道会 kuā qiáng dào huì
夸海口 kuā hǎi kǒu
夸父追日 kuā fù zhuī rì
夸父逐日 kuā fù zhú rì
夸特 kuā tè
夸说 kuā shuō
夹七夹八 jiā qī jiā bā
夹克 jiá kè
夹击 jiā jī
夹层 jiā céng
夹心 jiā xīn
夹批 jiā pī
夹攻 jiā gōng
夹杂 jiā zá
夹生 jiā shēng
夹衣 jiá yī
夹被 jiá bèi
夹角 jiā jiǎo
夹道 jiā dào
夺人所好 duó rén suǒ hào
夺其谈经 duó qí tán jīng
夺冠 duó guàn
夺占 duó zhàn
夺得 duó de
夺胎换骨 duó tāi huàn gǔ
奇丽 qí lì
奇人 qí rén
奇偶 jī ǒu
奇兵 qí bīng
奇函数 jī hán shù
奇功 qí gōng
奇妙 qí miào
奇想 qí xiǎng
奇想天开 qí xiǎng tiān kāi
奇才 qí cái
奇才异能 qí cái yì néng
奇数 jī shù
奇文 qí wén
奇文瑰句 qí wén guī jù
奇特 qí tè
奇珍 qí zhēn
奇珍异宝 qí zhēn yì bǎo
奇秀 qí xiù
奇绝 qí jué
奇耻大辱 qí chǐ dà rǔ
奇花异草 qí huā yì cǎo
奇计 qí jì
奇谈 qí tán
奇谈怪论 qí tán guài lùn
奇货可居 qí huò kě jū
奇门 qí mén
奇门遁甲 qí mén dùn jiǎ
奇零 jī líng
奈何 nài hé
奉上 fèng shàng
奉为 fèng wéi
奉为楷模 fèng wéi kǎi mó
奉为至宝 fèng wéi zhì bǎo
奉公不阿 fèng gōng bù ē
奉扬仁风 fèng yáng rén fēng
奉若神明 fèng ruò shén míng
奉行 fèng xíng
奉调 fèng diào
奉还 fèng huán
奋不顾命 fèn bù gù mìng
奋不顾身 fèn bù gù shēn
奋勇当先 fèn yǒng dāng xiān
奋发 fèn fā
奋发向上 fèn fā xiàng shàng
奋发图强 fèn fā tú qiáng
奋斗 fèn dòu
奋起直追 fèn qǐ zhí zhuī
奋身不顾 fèn shēn bù gù
奏乐 zòu yuè
奏折 zòu zhé
契丹 qì dān
契卡 qì kǎ
契合 qì hé
契合金兰 qì hé jīn lán
契税 qì shuì
契若金兰 qì ruò jīn lán
奔劳 bēn láo
奔命 bèn mìng
奔头 bèn tou
奔头儿 bèn tou er
奔放 bēn fàng
奔波 bēn bō
奔流 bēn liú
奔走 bēn zǒu
奔走相告 bēn zǒu xiāng gào
奔跑 bēn pǎo
奔逐 bēn zhú
奔马 bēn mǎ
奖勤罚懒 jiǎng qín fá lǎn
奖罚分明 jiǎng fá fēn míng
套中人 tào zhōng rén
套口供 tào kǒu gòng
套头 tào tóu
套数 tào shù
套简 tào jiǎn
套红 tào hóng
套结 tào jié
套语 tào yǔ
套车 tào chē
套间 tào jiān
奚落 xī luò
奠基石 diàn jī shí
奠都 diàn dū
奢糜 shē mí
奢靡 shē mí
奥义 ào yì
奥克兰 ào kè lán
奥兰 ào lán
奥博 ào bó
奥地利 ào dì lì
奥地利人 ào dì lì rén
奥地利帝国 ào dì lì dì guó
奥妙 ào miào
奥援 ào yuán
奥斯陆 ào sī lù
奥林匹克运动会 ào lín pǐ kè yùn dòng huì
奥秘 ào mì
奥运会 ào yùn huì
女主人 nǚ zhǔ rén
女主角 nǚ zhǔ jué
女人 nǚ rén
女佣人 nǚ yōng rén
女儿 nǚ ér
女兵 nǚ bīng
女史 nǚ shǐ
女声 nǚ shēng
女大十八变 nǚ dà shí bā biàn
女娲 nǚ wā
女娲补天 nǚ wā bǔ tiān
女孩 nǚ hái
女孩儿 nǚ hái ér
女家 nǚ jiā
女将 nǚ jiàng
女尸 nǚ shī
女工 nǚ gōng
女强人 nǚ qiáng rén
女扮男装 nǚ bàn nán zhuāng
女方 nǚ fāng
女校 nǚ xiào
女校长 nǚ xiào zhǎng
女歌手 nǚ gē shǒu
女流 nǚ liú
女生 nǚ shēng
女相 nǚ xiàng
女真 nǚ zhēn
女神 nǚ shén
女管家 nǚ guǎn jiā
女红 nǚ gōng
女能人 nǚ néng rén
女色 nǚ sè
女装 nǚ zhuāng
女角 nǚ jué
女貌郎才 nǚ mào láng cái
女贞 nǚ zhēn
女车 nǚ chē
奴家 nú jiā
奴隶 nú lì
奴隶主 nú lì zhǔ
奴隶主义 nú lì zhǔ yì
奴隶社会 nú lì shè huì
奴颜媚骨 nú yán mèi gǔ
奶头 nǎi tóu
奶羊 nǎi yáng
奸恶 jiān è
好一会儿 hǎo yī huì er
好不 hǎo bù
好不好 hǎo bù hǎo
好丑 hǎo chǒu
好丹非素 hào dān fēi sù
好久 hǎo jiǔ
好了疮疤忘了痛 hǎo le chuāng bā wàng le tòng
好人 hǎo rén
好人主义 hǎo rén zhǔ yì
好人家 hǎo rén jiā
好似 hǎo sì
好佚恶劳 hào yì wù láo
好像 hǎo xiàng
好儿 hǎo ér
好兆头 hǎo zhào tou
好办 hǎo bàn
好动 hào dòng
好受 hǎo shòu
好古 hào gǔ
好吃 hǎo chī
好听 hǎo tīng
好吹牛 hào chuī niú
好善嫉恶 hào shàn jí è
好善恶恶 hǎo shàn wù è
好在 hǎo zài
好多 hǎo duō
好大喜功 hào dà xǐ gōng
好天儿 hǎo tiān er
好天良夜 hǎo tiān liáng yè
好头 hǎo tóu
好奇 hào qí
好奇心 hào qí xīn
好女不穿嫁时衣 hǎo nǚ bù chuān jià shí yī
好好 hǎo hǎo
好好儿 hǎo hǎo ér
好好先生 hǎo hǎo xiān shēng
好学 hào xué
好学不倦 hào xué bù juàn
好强 hǎo qiáng
好心 hǎo xīn
好恶 hào wù
好恶不同 hǎo è bù tóng
好懂 hǎo dǒng
好手 hǎo shǒu
好找 hǎo zhǎo
好斗 hào dòu
好景 hǎo jǐng
好景不长 hǎo jǐng bù cháng
好望角 hǎo wàng jiǎo
好极了 hǎo jí le
好样儿的 hǎo yàng er de
好梦不长 hǎo mèng bù cháng
好梦难成 hǎo mèng nán chéng
好比 hǎo bǐ
好汉 hǎo hàn
好玩 hǎo wán
好玩儿 hǎo wán ér
好生 hǎo shēng
好生之德 hào shēng zhī dé
好看 hǎo kàn
好累 hǎo lèi
好胜 hào shèng
好色 hào sè
好言 hǎo yán
好言好语 hǎo yán hǎo yǔ
好评 hǎo píng
好话 hǎo huà
好语似珠 hǎo yǔ sì zhū
好语如珠 hǎo yǔ rú zhū
好说 hǎo shuō
好说歹说 hǎo shuō dǎi shuō
好说话 hǎo shuō huà
好谋善断 hào móu shàn duàn
好走 hǎo zǒu
好身手 hǎo shēn shǒu
好转 hǎo zhuǎn
好过 hǎo guò
好逸恶劳 hào yì wù láo
好酒 hǎo jiǔ
好问 hǎo wèn
好问决疑 hào wèn jué yí
如上 rú shàng
如不胜衣 rú bù shèng yī
如之奈何 rú zhī nài hé
如何 rú hé
如其 rú qí
如同 rú tóng
如坐春风 rú zuò chūn fēng
如堕五里雾中 rú duò wǔ lǐ wù zhōng
如堕烟海 rú duò yān hǎi
如履平地 rú lǚ píng dì
如履薄冰 rú lǚ bó bīng
如拾地芥 rú shí dì jiè
如振落叶 rú zhèn luò yè
如数 rú shù
如日中天 rú rì zhōng tiān
如日方中 rú rì fāng zhōng
如有所失 rú yǒu suǒ shī
如期 rú qī
如来佛 rú lái fó
如此说来 rú cǐ shuō lái
如此这般 rú cǐ zhè bān
如水投石 rú shuǐ tóu shí
如泣草芥 rú qì cǎo jiè
如牛负重 rú niú fù zhòng
如狼似虎 rú láng sì hǔ
如狼牧羊 rú láng mù yáng
如痴似醉 rú chī sì zuì
如石投水 rú shí tóu shuǐ
如胶似漆 rú jiāo sì qī
如臂使指 rú bì shǐ zhǐ
如芒刺背 rú máng cì bèi
如芒在背 rú máng zài bèi
如花似月 rú huā sì yuè
如花似朵 rú huā sì duǒ
如花似玉 rú huā sì yù
如花似锦 rú huā sì jǐn
如蚁慕膻 rú yǐ mù shān
如蚁附膻 rú yǐ fù shān
如蝇逐臭 rú yíng zhú chòu
如解倒悬 rú jiě dào xuán
如蹈汤火 rú dǎo tāng huǒ
如锥画沙 rú zhuī huà shā
如风过耳 rú fēng guò ěr
如饥似渴 rú jī sì kě
如鱼似水 rú yú sì shuǐ
如鱼得水 rú yú dé shuǐ
如龙似虎 rú lóng sì hǔ
妄加 wàng jiā
妄称 wàng chēng
妄自尊大 wàng zì zūn dà
妄自菲薄 wàng zì fěi bó
妄语 wàng yǔ
妄说 wàng shuō
妇女 fù nǚ
妇女病 fù nǚ bìng
妇女运动 fù nǚ yùn dòng
妇孺皆知 fù rú jiē zhī
妇道人家 fù dào rén jiā
妍丽 yán lì
妍蚩好恶 yán chī hǎo è
妒贤嫉能 dù xián jí néng
妒贤疾能 dù xián jí néng
妓女 jì nǚ
妖不胜德 yāo bù shèng dé
妖女 yāo nǚ
妖由人兴 yāo yóu rén xīng
妖风 yāo fēng
妙不可言 miào bù kě yán
妙句 miào jù
妙处 miào chù
妙处不传 miào chù bù chuán
妙手偶得 miào shǒu ǒu dé
妙手空空 miào shǒu kōng kōng
妙着 miào zhāo
妙言要道 miào yán yào dào
妙论 miào lùn
妙语 miào yǔ
妙语惊人 miào yǔ jīng rén
妙语连珠 miào yǔ lián zhū
妙趣 miào qù
妙趣横生 miào qù héng shēng
妞儿 niū er
妥当 tuǒ dàng
妥首帖耳 tuǒ shǒu tiē ěr
妨功害能 fáng gōng hài néng
妻儿 qī ér
妻儿老小 qī ér lǎo xiǎo
妻小 qī xiǎo
妻梅子鹤 qī méi zǐ hè
始终若一 shǐ zhōng ruò yī
姑且 gū qiě
姑娘家 gū niáng jiā
姑射神人 gū yè shén rén
姑父 gū fù
姑置勿论 gū zhì wù lùn
姓仇 xìng qiú
姓冠 xìng guàn
姓干 xìng gān
姓解 xìng xiè
委以 wěi yǐ
委决不下 wěi jué bù xià
委员 wěi yuán
委员会 wěi yuán huì
委屈 wěi qū
委罪 wěi zuì
委罪于人 wěi zuì yú rén
委肉虎蹊 wěi ròu hǔ xī
委蛇 wēi yí
委身 wěi shēn
委过于人 wěi guò yú rén
委靡 wěi mǐ
委顿 wěi dùn
姘头 pīn tou
姜汤 jiāng tāng
姣丽 jiāo lì
姣好 jiāo hǎo
姣美 jiāo měi
姨父 yí fù
姹紫嫣红 chà zǐ yān hóng
姻亲 yīn qīn
威信 wēi xìn
威信扫地 wēi xìn sǎo dì
威吓 wēi hè
威武不屈 wēi wǔ bù qū
威迫 wēi pò
威迫利诱 wēi pò lì yòu
威重令行 wēi zhòng lìng xíng
威风 wēi fēng
威风八面 wēi fēng bā miàn
威风扫地 wēi fēng sǎo dì
威风祥麟 wēi fēng xiáng lín
娃娃亲 wá wá qīn
娇好 jiāo hǎo
娉婷婀娜 pīng tíng ē nuó
娉婷袅娜 pīng tíng niǎo nuó
娓娓不倦 wěi wěi bù juàn
娘亲 niáng qīn
娘们儿 niáng men er
娘家 niáng jiā
娟好静秀 juān hǎo jìng xiù
娱乐 yú lè
娱乐圈 yú lè quān
娱乐频道 yú lè pín dào
娶媳妇儿 qǔ xí fù er
婀娜 ē nuó
婀娜多姿 ē nuó duō zī
婉劝 wǎn quàn
婢作夫人 bì zuò fū rén
婢女 bì nǚ
婶儿 shěn er
媒合 méi hé
媚骨 mèi gǔ
媳妇儿 xí fù er
媾合 gòu hé
媾和 gòu hé
嫂夫人 sǎo fū rén
嫂溺叔援 sǎo nì shū yuán
嫉恶如仇 jí è rú chóu
嫉恶若仇 jí è ruò chóu
嫉贤妒能 jí xián dù néng
嫉闲妒能 jí xián dù néng
嫌好道恶 xián hǎo dào è
嫌恶 xián wù
嫌疑 xián yí
嫌疑犯 xián yí fàn
嫌长道短 xián cháng dào duǎn
嫖宿 piáo sù
嫡亲 dí qīn
嫡传 dí chuán
嫡系 dí xì
嫣然一笑 yān rán yí xiào
嫣红 yān hóng
嫩枝 nèn zhī
嫩白 nèn bái
嫩红 nèn hóng
嫩绿 nèn lǜ
子句 zǐ jù
子叶 zǐ yè
子女 zǐ nǚ
子弟 zǐ dì
子弟兵 zǐ dì bīng
子弹 zǐ dàn
子母弹 zǐ mǔ dàn
子畜 zǐ chù
子虚乌有 zǐ xū wū yǒu
孔席不暖 kǒng xí bù nuǎn
孔席不适 kǒng xí bù shì
孔思周情 kǒng sī zhōu qíng
孔雀 kǒng què
孔雀石 kǒng què shí
孔雀绿 kǒng què lǜ
孕吐 yùn tù
孕期 yùn qī
字句 zì jù
字帖 zì tiè
字帖儿 zì tiě ér
字数 zì shù
字模 zì mú
字眼儿 zì yǎn er
字调 zì diào
字里行间 zì lǐ háng jiān
字顺文从 zì shùn wén cóng
存亡 cún wáng
存亡未卜 cún wáng wèi bǔ
存亡继绝 cún wáng jì jué
存亡续绝 cún wáng xù jué
存储 cún chǔ
存单 cún dān
存心不良 cún xīn bù liáng
存折 cún zhé
存期 cún qī
存查 cún chá
存款单 cún kuǎn dān
存疑 cún yí
存而不论 cún ér bù lùn
存车 cún chē
存食 cún shí
孙儿 sūn ér
孙吴 sūn wú
孙女 sūn nǚ
孜孜不倦 zī zī bù juàn
孝女 xiào nǚ
孝悌忠信 xiào tì zhōng xìn
孝行 xiào xíng
孟什维克 mèng shí wéi kè
孟加拉国 mèng jiā lā guó
季孟之间 jì mèng zhī jiān
季度 jì dù
季父 jì fù
季节 jì jié
季节工 jì jié gōng
季风 jì fēng
孤傲不群 gū ào bù qún
孤单 gū dān
孤单一人 gū dān yì rén
孤女 gū nǚ
孤家寡人 gū jiā guǎ rén
孤履危行 gū lǚ wēi xíng
孤文只义 gū wén zhī yì
孤文断句 gū wén duàn jù
孤独矜寡 gū dú guān guǎ
孤行 gū xíng
孤行己见 gū xíng jǐ jiàn
学会 xué huì
学分 xué fēn
学区 xué qū
学好 xué hǎo
学如登山 xué rú dēng shān
学富五车 xué fù wǔ chē
学成 xué chéng
学有专长 xué yǒu zhuān cháng
学期 xué qī
学校 xué xiào
学浅才疏 xué qiǎn cái shū
学疏才浅 xué shū cái qiǎn
学社 xué shè
学系 xué xì
学而不厌 xué ér bù yàn
学识 xué shí
学识渊博 xué shí yuān bó
学说 xué shuō
学贯中西 xué guàn zhōng xī
学长 xué zhǎng
学风 xué fēng
孩子 hái zi
孩子头 hái zi tóu
孩子头儿 hái zi tóu er
孩提 hái tí
孱弱 chán ruò
孳孳不倦 zī zī bù juàn
孳蔓难图 zī màn nán tú
宁南 níng nán
宁可 nìng kě
宁日 níng rì
宁曲勿折 níng qū wù zhé
宁死不屈 nìng sǐ bù qū
宁死不辱 níng sǐ bù rǔ
宁肯 nìng kěn
宁馨儿 níng xīn ér
它山之石 tā shān zhī shí
宅中图大 zhái zhōng tú dà
宅地 zhái dì
宅基地 zhái jī dì
宇内 yǔ nèi
宇宙空间 yǔ zhòu kōng jiān
宇宙速度 yǔ zhòu sù dù
守信 shǒu xìn
守先待后 shǒu xiān dài hòu
守分 shǒu fèn
守将 shǒu jiàng
守本分 shǒu běn fèn
守株待兔 shǒu zhū dài tù
守正不回 shǒu zhèng bù huí
守正不阿 shǒu zhèng bù ē
守节 shǒu jié
守节不移 shǒu jié bù yí
守车 shǒu chē
安上 ān shàng
安之若命 ān zhī ruò mìng
安之若素 ān zhī ruò sù
安乐 ān lè
安乐死 ān lè sǐ
安于盘石 ān yú pán shí
安全理事会 ān quán lǐ shì huì
安全电压 ān quán diàn yā
安全系数 ān quán xì shù
安内攘外 ān nèi rǎng wài
安分 ān fèn
安哥拉 ān gē lā
安国宁家 ān guó níng jiā
安土重居 ān tǔ zhòng jū
安土重旧 ān tǔ zhòng jiù
安土重迁 ān tǔ zhòng qiān
安好 ān hǎo
安如磐石 ān rú pán shí
安宅正路 ān zhái zhèng lù
安定团结 ān dìng tuán jié
安家 ān jiā
安常守分 ān cháng shǒu fèn
安度 ān dù
安徽省 ān huī shěng
安忍无亲 ān rěn wú qīn
安打 ān dǎ
安拉 ān lā
安排 ān pái
安故重迁 ān gù zhòng qiān
安步当车 ān bù dàng chē
安理会 ān lǐ huì
安良除暴 ān liáng chú bào
安若泰山 ān ruò tài shān
安贫乐道 ān pín lè dào
安身为乐 ān shēn wéi lè
安身之地 ān shēn zhī dì
安闲自得 ān xián zì dé
宋体字 sòng tǐ zì
宋斤鲁削 sòng jīn lǔ xuē
宋朝 sòng cháo
完了 wán le
完事大吉 wán shì dà jí
完好 wán hǎo
完结 wán jié
完胜 wán shèng
宏丽 hóng lì
宏大 hóng dà
宏论 hóng lùn
宏量 hóng liàng
宗亲 zōng qīn
宗仰 zōng yǎng
官了 guān le
官倒 guān dǎo
官地 guān dì
官家 guān jiā
官差 guān chāi
官情纸薄 guān qíng zhǐ báo
官报私仇 guān bào sī chóu
官校 guān xiào
官止神行 guān zhǐ shén xíng
官称 guān chēng
官能 guān néng
官运亨通 guān yùn hēng tōng
官长 guān zhǎng
官风 guān fēng
定亲 dìng qīn
定单 dìng dān
定向生 dìng xiàng shēng
定场白 dìng chǎng bái
定场诗 dìng chǎng shī
定当 dìng dàng
定数 dìng shù
定时炸弹 dìng shí zhà dàn
定期 dìng qī
定见 dìng jiàn
定论 dìng lùn
定语 dìng yǔ
定说 dìng shuō
定调 dìng diào
定货单 dìng huò dān
定都 dìng dū
定量 dìng liàng
宛似 wǎn sì
宛如 wǎn rú
宛转 wǎn zhuǎn
宛转悠扬 wǎn zhuǎn yōu yáng
宜室宜家 yí shì yí jiā
宝刀不老 bǎo dāo bù lǎo
宝刹 bǎo chà
宝地 bǎo dì
宝坻 bǎo dǐ
宝山空回 bǎo shān kōng huí
宝应 bǎo yìng
宝盖儿 bǎo gài er
宝盖头 bǎo gài tóu
宝石 bǎo shí
宝藏 bǎo zàng
宝马香车 bǎo mǎ xiāng chē
实业家 shí yè jiā
实地 shí dì
实干 shí gàn
实弹 shí dàn
实数 shí shù
实有 shí yǒu
实相 shí xiàng
实落 shí luò
实行 shí xíng
实言相告 shí yán xiāng gào
实话实说 shí huà shí shuō
实说 shí shuō
宠信 chǒng xìn
审判长 shěn pàn zhǎng
审己度人 shěn jǐ duó rén
审干 shěn gàn
审度 shěn duó
审时度势 shěn shí duó shì
审曲面埶 shěn qǔ miàn shì
审查 shěn chá
审校 shěn jiào
审核 shěn hé
审结 shěn jié
审评 shěn píng
客家 kè jiā
客家方言 kè jiā fāng yán
客家话 kè jiā huà
客观 kè guān
客观上 kè guān shàng
客观唯心主义 kè guān wéi xīn zhǔ yì
客车 kè chē
客里空 kè lǐ kōng
宣传 xuān chuán
宣传品 xuān chuán pǐn
宣传弹 xuān chuán dàn
宣传画 xuān chuán huà
宣化 xuān huà
宣化承流 xuān huà chéng liú
宣泄 xuān xiè
宣称 xuān chēng
室内 shì nèi
室女 shì nǚ
宦海风波 huàn hǎi fēng bō
宫女 gōng nǚ
宫调 gōng diào
宰相 zǎi xiàng
害人不浅 hài rén bù qiǎn
宴乐 yàn lè
宴会 yàn huì
宴安酖毒 yàn ān dān dú
宵旰 xiāo gàn
宵旰忧劳 xiāo gàn yōu láo
宵旰忧勤 xiāo gàn yōu qín
宵旰焦劳 xiāo gàn jiāo láo
宵衣旰食 xiāo yī gàn shí
家丑 jiā chǒu
家丑不可外扬 jiā chǒu bù kě wài yáng
家乡 jiā xiāng
家书 jiā shū
家书抵万金 jiā shū dǐ wàn jīn
家亡国破 jiā wáng guó pò
家人 jiā rén
家什 jiā shí
家仇 jiā chóu
家伙 jiā huo
家传 jiā chuán
家信 jiā xìn
家兔 jiā tù
家养 jiā yǎng
家务 jiā wù
家务活 jiā wù huó
家反宅乱 jiā fǎn zhái luàn
家口 jiā kǒu
家史 jiā shǐ
家大业大 jiā dà yè dà
家天下 jiā tiān xià
家姑 jiā gū
家学 jiā xué
家学渊源 jiā xué yuān yuán
家宴 jiā yàn
家家 jiā jiā
家家有本难念的经 jiā jiā yǒu běn nán niàn de jīng
家将 jiā jiàng
家小 jiā xiǎo
家居 jiā jū
家属 jiā shǔ
家常 jiā cháng
家常话 jiā cháng huà
家常里短 jiā cháng lǐ duǎn
家底 jiā dǐ
家底儿 jiā dǐ er
家庭 jiā tíng
家庭妇女 jiā tíng fù nǚ
家当 jiā dàng
家徒壁立 jiā tú bì lì
家无二主 jiā wú èr zhǔ
家无儋石 jiā wú dàn shí
家无常礼 jiā wú cháng lǐ
家无担石 jiā wú dàn shí
家殷人足 jiā yīn rén zú
家母 jiā mǔ
家法 jiā fǎ
家烦宅乱 jiā fán zhái luàn
家燕 jiā yàn
家父 jiā fù
家用 jiā yòng
家用电器 jiā yòng diàn qì
家电 jiā diàn
家畜 jiā chù
家眷 jiā juàn
家破人离 jiā pò rén lí
家私 jiā sī
家系 jiā xì
家累 jiā lěi
家累千金 jiā lèi qiān jīn
家给人足 jiā jǐ rén zú
家给户足 jiā jǐ hù zú
家给民足 jiā jǐ mín zú
家翻宅乱 jiā fān zhái luàn
家至人说 jiā zhì rén shuō
家藏户有 jiā cáng hù yǒu
家蝇 jiā yíng
家见户说 jiā jiàn hù shuō
家规 jiā guī
家计 jiā jì
家财 jiā cái
家贫亲老 jiā pín qīn lǎo
家资 jiā zī
家道 jiā dào
家道中落 jiā dào zhōng luò
家里 jiā lǐ
家长 jiā zhǎng
家长学校 jiā zhǎng xué xiào
家长礼短 jiā cháng lǐ duǎn
家长里短 jiā cháng lǐ duǎn
家门 jiā mén
家雀 jiā qiǎo
家雀儿 jiā qiǎo ér
家风 jiā fēng
家骥人璧 jiā jì rén bì
家鸡 jiā jī
容光焕发 róng guāng huàn fā
容头过身 róng tóu guò shēn
容膝之地 róng xī zhī dì
容量 róng liàng
宽仁大度 kuān rén dà dù
宽以待人 kuān yǐ dài rén
宽体 kuān tǐ
宽和 kuān hé
宽大 kuān dà
宽宏大度 kuān hóng dà dù
宽宏大量 kuān hóng dà liàng
宽广 kuān guǎng
宽度 kuān dù
宽怀大度 kuān huái dà dù
宽打窄用 kuān dǎ zhǎi yòng
宽洪大度 kuān hóng dà dù
宽洪大量 kuān hóng dà liàng
宽洪海量 kuān hóng hǎi liàng
宽解 kuān jiě
宽豁大度 kuān huō dà dù
宾从 bīn cóng
宿将 sù jiàng
宿弊一清 sù bì yī qīng
宿水飡风 xiǔ shuǐ cān fēng
宿水餐风 xiǔ shuǐ cān fēng
宿舍 sù shè
宿雨餐风 xiǔ yǔ cān fēng
寂天寞地 jì tiān mò dì
寂然不动 jì rán bù dòng
寂若无人 jì ruò wú rén
寄兴寓情 jì xìng yù qíng
密不通风 mì bù tōng fēng
密云不雨 mì yún bù yǔ
密发 mì fà
密封圈 mì fēng quān
密约偷期 mì yuē tōu qī
密语 mì yǔ
富丽 fù lì
富可敌国 fù kě dí guó
富商大贾 fù shāng dà gǔ
富商巨贾 fù shāng jù gǔ
富商蓄贾 fù shāng xù jiǎ
富国强兵 fù guó qiáng bīng
富国强民 fù guó qiáng mín
富国彊兵 fù guó qiáng bīng
富埒王侯 fù liè wáng hóu
富室大家 fù shì dà jiā
富家 fù jiā
富富有余 fù fù yǒu yú
富强 fù qiáng
富强粉 fù qiáng fěn
富有 fù yǒu
富裕中农 fù yù zhōng nóng
富贵荣华 fù guì róng huá
富贾 fù gǔ
富轹万古 fù lì wàn gǔ
寒伧 hán chen
寒冬腊月 hán dōng là yuè
寒木春华 hán mù chūn huá
寒武纪 hán wǔ jì
寒腹短识 hán fù duǎn shí
寒舍 hán shè
寒蝉凄切 hán chán qī qiè
寒酸相 hán suān xiàng
寒露 hán lù
寒颤 hán zhàn
寒风 hán fēng
寒食 hán shí
寓于 yù yú
寓意深长 yù yì shēn cháng
寝皮食肉 qǐn pí shí ròu
寝苫枕土 qǐn shān zhěn tǔ
寝苫枕干 qǐn shān zhěn gàn
寝苫枕草 qǐn shān zhěn cǎo
寝车 qǐn chē
寝食 qǐn shí
察今知古 chá jīn zhī gǔ
察察为明 chá chá wéi míng
察己知人 chá jǐ zhī rén
察见渊鱼 chá jiàn yuān yú
察言观色 chá yán guān sè
察言观行 chá yán guān xíng
察颜观色 chá yán guān sè
寡不敌众 guǎ bù dí zhòng
寡不胜众 guǎ bù shèng zhòng
寡二少双 guǎ èr shǎo shuāng
寡凫单鹄 guǎ fú dān hú
寡合 guǎ hé
寡头 guǎ tóu
寡闻少见 guǎ wén shǎo jiàn
寥寥可数 liáo liáo kě shǔ
寥寥数语 liáo liáo shù yǔ
寥寥无几 liáo liáo wú jǐ
寥若晨星 liáo ruò chén xīng
寥落 liáo luò
寸兵尺铁 cùn bīng chǐ tiě
寸利必得 cùn lì bì dé
寸劲儿 cùn jìn er
寸善片长 cùn shàn piàn cháng
寸土尺地 cùn tǔ chǐ dì
寸土尺金 cùn tǔ chǐ jīn
寸地尺天 cùn dì chǐ tiān
寸头 cùn tóu
寸有所长 cùn yǒu suǒ cháng
寸步不离 cùn bù bù lí
寸步难移 cùn bù nán yí
寸步难行 cùn bù nán xíng
寸男尺女 cùn nán chǐ nǚ
寸积铢累 cùn jī zhū lěi
寸草不生 cùn cǎo bù shēng
寸草衔结 cùn cǎo xián jié
寸进尺退 cùn jìn chǐ tuì
寸量铢称 cùn liáng zhū chēng
寸长尺技 cùn cháng chǐ jì
寸长尺短 cùn cháng chǐ duǎn
寸长片善 cùn cháng piàn shàn
寸阴尺璧 cùn yīn chǐ bì
寸阴若岁 cùn yīn ruò suì
对事不对人 duì shì bú duì rén
对内 duì nèi
对劲 duì jìn
对口相声 duì kǒu xiàng shēng
对头 duì tóu
对头冤家 duì tóu yuān jiā
对家 duì jiā
对床夜语 duì chuáng yè yǔ
对床夜雨 duì chuáng yè yǔ
对床风雨 duì chuáng fēng yǔ
对应 duì yìng
对得数 duì dé shù
对打 duì dǎ
对折 duì zhé
对数 duì shù
对景伤情 duì jǐng shāng qíng
对景挂画 duì jǐng guà huà
对比度 duì bǐ dù
对牛弹琴 duì niú tán qín
对着干 duì zhe gàn
对称 duì chèn
对称性 duì chèn xìng
对称轴 duì chèn zhóu
对空射击 duì kōng shè jī
对答 duì dá
对答如流 duì dá rú liú
对薄公堂 duì bù gōng táng
对角 duì jiǎo
对调 duì diào
对过 duì guò
对酒当歌 duì jiǔ dāng gē
对饮 duì yǐn
寻亲 xún qīn
寻呼 xún hū
寻思 xín sī
寻枝摘叶 xún zhī zhāi yè
寻欢作乐 xún huān zuò lè
寻瑕伺隙 xún xiá sì xì
寻短见 xún duǎn jiàn
寻章摘句 xún zhāng zhāi jù
寻行数墨 xún háng shǔ mò
寻见 xún jiàn
导弹 dǎo dàn
导弹基地 dǎo dàn jī dì
导德齐礼 dǎo dé qí lǐ
导流 dǎo liú
导论 dǎo lùn
导语 dǎo yǔ
寿元无量 shòu yuán wú liàng
寿屏 shòu píng
寿山石 shòu shān shí
寿数 shòu shù
寿比南山 shòu bǐ nán shān
封地 fēng dì
封建制度 fēng jiàn zhì dù
封建把头 fēng jiàn bǎ tóu
封建社会 fēng jiàn shè huì
封泥 fēng ní
封禅 fēng shàn
封豕长蛇 fēng shǐ cháng shé
封豨修蛇 fēng xī xiū shé
射人先射马 shè rén xiān shè mǎ
射入 shè rù
射击 shè jī
射利沽名 shè lì gū míng
射干 yè gàn
射影 shè yǐng
射影含沙 shè yǐng hán shā
射手 shè shǒu
射流 shè liú
射门 shè mén
射频 shè pín
射鱼指天 shè yú zhǐ tiān
将伯之助 qiāng bó zhī zhù
将伯之呼 qiāng bó zhī hū
将信将疑 jiāng xìn jiāng yí
将兵 jiàng bīng
将养 jiāng yǎng
将军 jiāng jūn
将功折过 jiāng gōng shé guò
将功补过 jiāng gōng bǔ guò
将勤补拙 jiāng qín bǔ zhuō
将天就地 jiāng tiān jiù dì
将官 jiàng guān
将将 qiāng qiāng
将尉 jiàng wèi
将就 jiāng jiù
将心比心 jiāng xīn bǐ xīn
将才 jiàng cái
将无作有 jiāng wú zuò yǒu
将无做有 jiāng wú zuò yǒu
将本求利 jiāng běn qiú lì
将本求财 jiāng běn qiú cái
将机就计 jiāng jī jiù jì
将来 jiāng lái
将校 jiàng xiào
将相 jiàng xiàng
将相之器 jiàng xiàng zhī qì
将计就计 jiāng jì jiù jì
将近 jiāng jìn
将进酒 qiāng jìn jiǔ
将遇良材 jiàng yù liáng cái
将门 jiàng mén
将门有将 jiàng mén yǒu jiàng
将顺其美 jiāng shùn qí měi
将飞翼伏 jiāng fēi yì fú
尉官 wèi guān
尉犁 yù lí
尉迟 yù chí
尊主泽民 zūn zhǔ zé mín
尊俎折冲 zūn zǔ zhé chōng
尊口 zūn kǒu
尊姓大名 zūn xìng dà míng
尊师重道 zūn shī zhòng dào
尊无二上 zūn wú èr shàng
尊贤使能 zūn xián shǐ néng
小不点 xiǎo bù diǎn
小不点儿 xiǎo bù diǎn er
小丫头 xiǎo yā tou
小乘 xiǎo chéng
小人儿 xiǎo rén er
小伙计 xiǎo huǒ jì
小传 xiǎo zhuàn
小便 xiǎo biàn
小便宜 xiǎo pián yí
小刀会 xiǎo dāo huì
小别 xiǎo bié
小前提 xiǎo qián tí
小区 xiǎo qū
小卧车 xiǎo wò chē
小受大走 xiǎo shòu dà zǒu
小可 xiǎo kě
小型张 xiǎo xíng zhāng
小大人儿 xiǎo dà rén ér
小天地 xiǎo tiān dì
小头 xiǎo tóu
小女 xiǎo nǚ
小妞儿 xiǎo niū er
小学校 xiǎo xué xiào
小宝宝 xiǎo bǎo bǎo
小客车 xiǎo kè chē
小家电 xiǎo jiā diàn
小家碧玉 xiǎo jiā bì yù
小将 xiǎo jiàng
小小不言 xiǎo xiǎo bù yán
小小说 xiǎo xiǎo shuō
小屈大伸 xiǎo qū dà shēn
小己得失 xiǎo jǐ dé shī
小平头 xiǎo píng tóu
小广告 xiǎo guǎng gào
小康之家 xiǎo kāng zhī jiā
小廉大法 xiǎo lián dà fǎ
小异大同 xiǎo yì dà tóng
小往大来 xiǎo wǎng dà lái
小循环 xiǎo xún huán
小户人家 xiǎo hù rén jiā
小手指 xiǎo shǒu zhǐ
小提琴 xiǎo tí qín
小数 xiǎo shù
小数点 xiǎo shù diǎn
小时了了 xiǎo shí liǎo liǎo
小曲 xiǎo qǔ
小曲儿 xiǎo qǔ ér
小枉大直 xiǎo wǎng dà zhí
小枝 xiǎo zhī
小毛头 xiǎo máo tóu
小水电 xiǎo shuǐ diàn
小眼薄皮 xiǎo yǎn bó pí
小结 xiǎo jié
小老头 xiǎo lǎo tóu
小脚女人 xiǎo jiǎo nǚ rén
小苏打 xiǎo sū dá
小萝卜 xiǎo luó bo
小萝卜头 xiǎo luó bo tóu
小行星 xiǎo xíng xīng
小角 xiǎo jiǎo
小解 xiǎo jiě
小说 xiǎo shuō
小说家 xiǎo shuō jiā
小调 xiǎo diào
小跑 xiǎo pǎo
小车 xiǎo chē
小轿车 xiǎo jiào chē
小过 xiǎo guò
小量 xiǎo liàng
小钢炮 xiǎo gāng pào
小门脸儿 xiǎo mén liǎn er
小院儿 xiǎo yuàn er
小雨 xiǎo yǔ
小食 xiǎo shí
小鬼头 xiǎo guǐ tóu
小鹿触心头 xiǎo lù chù xīn tóu
少一点 shǎo yì diǎn
少不了 shào bù liǎo
少不得 shào bù dé
少东家 shào dōng jiā
少于 shǎo yú
少儿 shào ér
少刻 shǎo kè
少吃俭用 shǎo chī jiǎn yòng
少商 shào shāng
少女 shào nǚ
少女装 shào nǚ zhuāng
少将 shào jiàng
少尉 shào wèi
少小 shào xiǎo
少小无猜 shào xiǎo wú cāi
少年 shào nián
少年之家 shào nián zhī jiā
少年犯 shào nián fàn
少年老成 shào nián lǎo chéng
少年老诚 shǎo nián lǎo chéng
少年行 shào nián xíng
少数 shǎo shù
少时 shǎo shí
少有 shǎo yǒu
少校 shào xiào
少海 shǎo hǎi
少男 shào nán
少白头 shǎo bái tóu
少相 shào xiāng
少礼 shǎo lǐ
少见 shǎo jiàn
少言寡语 shǎo yán guǎ yǔ
少说 shǎo shuō
少量 shǎo liàng
少陪 shǎo péi
尕驴儿 gǎ lǘ er
尖削 jiān xiāo
尖嘴薄舌 jiān zuǐ bó shé
尖头 jiān tóu
尖言冷语 jiān yán lěng yǔ
尖言尖语 jiān yán jiān yǔ
尖酸刻薄 jiān suān kè bó
尘沙 chén shā
尘芥 chén jiè
尚且 shàng qiě
尚可 shàng kě
尚好 shàng hǎo
尤云殢雨 yóu yún tì yǔ
尨眉皓发 máng méi hào fà
就便 jiù biàn
就合 jiù hé
就地 jiù dì
就地取材 jiù dì qǔ cái
就地正法 jiù dì zhèng fǎ
就正 jiù zhèng
就正有道 jiù zhèng yǒu dào
就汤下面 jiù tāng xià miàn
就食 jiù shí
尸居龙见 shī jū lóng xiàn
尸山血海 shī shān xuè hǎi
尸横遍野 shī héng biàn yě
尸骨 shī gǔ
尺二冤家 chǐ èr yuān jia
尺二秀才 chǐ èr xiù cái
尺兵寸铁 chǐ bīng cùn tiě
尺头 chǐ tou
尺寸 chǐ cùn
尺寸之功 chǐ cùn zhī gōng
尺寸之地 chǐ cùn zhī dì
尺寸千里 chǐ cùn qiān lǐ
尺寸可取 chǐ cùn kě qǔ
尺山寸水 chǐ shān cùn shuǐ
尺幅 chǐ fú
尺幅千里 chǐ fú qiān lǐ
尺度 chǐ dù
尺有所短 chǐ yǒu suǒ duǎn
尺板斗食 chǐ bǎn dòu shí
尺椽片瓦 chǐ chuán piàn wǎ
尺水丈波 chǐ shuǐ zhàng bō
尺短寸长 chǐ duǎn cùn cháng
尺蠖 chǐ huò
尺蠖求伸 chǐ huò qiú shēn
尺骨 chǐ gǔ
尼采 ní cǎi
尼龙布 ní lóng bù
尼龙绳 ní lóng shéng
尽人事 jìn rén shì
尽人皆知 jìn rén jiē zhī
尽付东流 jìn fù dōng liú
尽先 jǐn xiān
尽入彀中 jìn rù gòu zhōng
尽兴 jìn xìng
尽其所有 jǐn qí suǒ yǒu
尽其所能 jìn qí suǒ néng
尽其所长 jìn qí suǒ cháng
尽可能 jǐn kě néng
尽善尽美 jìn shàn jìn měi
尽头 jìn tóu
尽心 jìn xīn
尽忠 jìn zhōng
尽忠报国 jìn zhōng bào guó
尽态极妍 jìn tài jí yán
尽情 jìn qíng
尽数 jìn shù
尽是 jìn shì
尽着 jìn zhe
尽管 jǐn guǎn
尽美尽善 jìn měi jìn shàn
尽职 jìn zhí
尽自 jǐn zì
尽说漂亮话 jìn shuō piào liàng huà
尽里头 jǐn lǐ tou
尽量 jǐn liàng
尾声 wěi shēng
尾巴 wěi ba
尾数 wěi shù
尾生之信 wěi shēng zhī xìn
尾花 wěi huā
尾追 wěi zhuī
尾随 wěi suí
尾随不舍 wěi suí bú shè
尾音 wěi yīn
尾骨 wěi gǔ
尿布 niào bù
尿泡 suī pào
尿素 niào sù
尿脬 suī pāo
尿血 niào xiě
尿道 niào dào
尿闭 niào bì
尿频 niào pín
局中人 jú zhōng rén
局内人 jú nèi rén
局地扣天 jú dì kòu tiān
局地钥天 jú dì yào tiān
局天促地 jú tiān cù dì
局天扣地 jú tiān kòu dì
局天蹐地 jú tiān jí dì
局度 jú dù
局量 jú liàng
局长 jú zhǎng
屁滚尿流 pì gǔn niào liú
层出叠见 céng chū dié jiàn
层出迭见 céng chū dié jiàn
层见叠出 céng jiàn dié chū
层见迭出 céng xiàn dié chū
层见错出 céng jiàn cuò chū
居下讪上 jū xià shàn shàng
居不重席 jū bù chóng xí
居不重茵 jū bù chóng yīn
居中 jū zhōng
居之不疑 jū zhī bù yí
居于 jū yú
居利思义 jū lì sī yì
居奇 jū qí
居家 jū jiā
居心不良 jū xīn bù liáng
居心险恶 jū xīn xiǎn è
居民区 jū mín qū
居轴处中 jū zhóu chǔ zhōng
居重驭轻 jū zhòng yù qīng
居间 jū jiān
屈从 qū cóng
屈光度 qū guāng dù
屈强 qū qiáng
屈打成招 qū dǎ chéng zhāo
屈折 qū shé
屈指可数 qū zhǐ kě shǔ
屈节 qū jié
屈节辱命 qū jié rǔ mìng
届期 jiè qī
屋上乌 wū shàng wū
屎滚尿流 shǐ gǔn niào liú
屏住 bǐng zhù
屏声息气 bǐng shēng xī qì
屏声敛息 bǐng shēng liǎn xī
屏声静气 bǐng shēng jìng qì
屏山 píng shān
屏弃 bǐng qì
屏息 bǐng xī
屏气 bǐng qì
屏气凝神 bǐng qì níng shén
屏气吞声 bǐng qì tūn shēng
屏气慑息 bǐng qì shè xī
屏气敛息 bǐng qì liǎn xī
屏蔽 píng bì
屏迹 bǐng jì
屏退 bǐng tuì
屏门 píng mén
屏除 bǐng chú
屏风 píng fēng
屐齿之折 jī chǐ zhī zhé
展区 zhǎn qū
展地 zhǎn dì
展期 zhǎn qī
展览会 zhǎn lǎn huì
展转 zhǎn zhuǎn
展销会 zhǎn xiāo huì
屙尿 ē niào
屙金溺银 ē jīn niào yín
属人耳目 shǔ rén ěr mù
属垣有耳 zhǔ yuán yǒu ěr
属意 zhǔ yì
属文 zhǔ wén
属望 zhǔ wàng
属毛离里 zhǔ máo lí lǐ
属词比事 zhǔ cí bǐ shì
属辞比事 zhǔ cí bǐ shì
屠所牛羊 tú suǒ niú yáng
屠门大嚼 tú mén dà jiáo
屠龙之伎 tú lóng zhī jì
屡战屡胜 lǚ zhàn lǚ shèng
屡教不改 lǚ jiào bù gǎi
屡次三番 lǚ cì sān fān
履机乘变 lǚ jī chéng biàn
履汤蹈火 lǚ tāng dǎo huǒ
履薄临深 lǚ bó lín shēn
履行 lǚ xíng
履霜知冰 lǚ shuāng zhī bīng
屯兵 tún bīng
屯守 tún shǒu
屯扎 tún zhā
屯积 tún jī
屯积居奇 tún jī jū qí
屯粮 tún liáng
屯粮积草 tún liáng jī cǎo
屯落 tún luò
屯街塞巷 tún jiē sāi xiàng
屯蹶否塞 tún juě fǒu sāi
山中宰相 shān zhōng zǎi xiàng
山区 shān qū
山南海北 shān nán hǎi běi
山回路转 shān huí lù zhuǎn
山地 shān dì
山坡地 shān pō dì
山大王 shān dài wáng
山头 shān tóu
山头主义 shān tóu zhǔ yì
山崩地裂 shān bēng dì liè
山崩钟应 shān bēng zhōng yìng
山摇地动 shān yáo dì dòng
山景 shān jǐng
山枯石死 shān kū shí sǐ
山栖谷饮 shān qī gǔ yǐn
山核桃 shān hé táo
山止川行 shān zhǐ chuān xíng
山殽野湋 shān yáo yě wéi
山溜穿石 shān liù chuān shí
山炮 shān pào
山石 shān shí
山积波委 shān jī bō wěi
山穷水尽 shān qióng shuǐ jìn
山系 shān xì
山羊 shān yáng
山脉 shān mài
山行海宿 shān xíng hǎi xiǔ
山遥水远 shān yáo shuǐ yuǎn
山里红 shān lǐ hóng
山重水复 shān chóng shuǐ fù
山锐则不高 shān ruì zé bù gāo
山长水远 shān cháng shuǐ yuǎn
山长水阔 shān cháng shuǐ kuò
山阴乘兴 shān yīn chéng xīng
山阴道上 shān yīn dào shàng
山雀 shān què
山雨欲来 shān yǔ yù lái
山风 shān fēng
山高岭削 shān gāo lǐng xuē
山高水长 shān gāo shuǐ cháng
山鸣谷应 shān míng gǔ yìng
山龟 shān guī
岁在龙蛇 suì zài lóng shé
岁寒松柏 suì hán sōng bǎi
岁寒知松柏 suì hán zhī sōng bǎi
岁差 suì chà
岁数 suì shù
岁月不居 suì yuè bù jū
岁聿其莫 suì yù qí mù
岂不 qǐ bù
岂不是 qǐ bù shì
岂可 qǐ kě
岂弟君子 kǎi tì jūn zǐ
岂知 qǐ zhī
岂肯 qǐ kěn
岂能 qǐ néng
岂非 qǐ fēi
岌岌不可终日 jí jí bù kě zhōng rì
岑楼齐末 cén lóu qí mò
岗卡 gǎng kǎ
岗地 gǎng dì
岩栖谷饮 yán qī gǔ yǐn
岩石 yán shí
岩羊 yán yáng
岬角 jiǎ jiǎo
岭南 lǐng nán
岳家 yuè jiā
岳父 yuè fù
岿然不动 kuī rán bù dòng
峙立 zhì lì
峨峨汤汤 é é shāng shāng
峰回路转 fēng huí lù zhuǎn
峻岭 jùn lǐng
峻阪盐车 jùn bǎn yán chē
崎嵚历落 qí qīn lì luò
崟崎磊落 yín qí lěi luò
崧生岳降 sōng shēng yuè jiàng
崩溃 bēng kuì
崩裂 bēng liè
崩解 bēng jiě
崭露头脚 zhǎn lù tóu jiǎo
崭露头角 zhǎn lù tóu jiǎo
嵌入 qiàn rù
嵌合 qiàn hé
嵚崎历落 qīn qí lì luò
嵚崎磊落 qīn qí lěi luò
嵩生岳降 sōng shēng yuè jiàng
嵬眼澒耳 wéi yǎn hòng ěr
川壅必溃 chuān yōng bì kuì
州长 zhōu zhǎng
巡更 xún gēng
巡查 xún chá
巡行 xún xíng
巡风 xún fēng
巢林一枝 cháo lín yī zhī
工业体系 gōng yè tǐ xì
工业区 gōng yè qū
工业区位论 gōng yè qū wèi lùn
工业基地 gōng yè jī dì
工会 gōng huì
工作量 gōng zuò liàng
工作餐 gōng zuò cān
工农红军 gōng nóng hóng jūn
工分 gōng fēn
工区 gōng qū
工商税 gōng shāng shuì
工地 gōng dì
工头 gōng tóu
工尺 gōng chě
工期 gōng qī
工程车 gōng chéng chē
工笔画 gōng bǐ huà
工行 gōng háng
工读 gōng dú
工读学校 gōng dú xué xiào
工长 gōng zhǎng
工间 gōng jiān
左不过 zuǒ bù guò
左传 zuǒ zhuàn
左侧 zuǒ cè
左右采获 zuǒ yòu cǎi huò
左宜右有 zuǒ yí yòu yǒu
左家娇女 zuǒ jiā jiāo nǚ
左支右调 zuǒ zhī yòu tiáo
左说右说 zuǒ shuō yòu shuō
左转 zuǒ zhuǎn
左道旁门 zuǒ dào páng mén
左邻右舍 zuǒ lín yòu shè
巧伪趋利 qiǎo wěi qū lì
巧劲 qiǎo jìn
巧劲儿 qiǎo jìn er
巧发奇中 qiǎo fā qí zhòng
巧取 qiǎo qǔ
巧合 qiǎo hé
巧干 qiǎo gàn
巧言令色 qiǎo yán lìng sè
巧语花言 qiǎo yǔ huā yán
巨大 jù dà
巨头 jù tóu
巨擘 jù bò
巨贾 jù gǔ
巨量 jù liàng
巫云楚雨 wū yún chǔ yǔ
巫女 wū nǚ
巫山云雨 wū shān yún yǔ
差一点 chà yì diǎn
差一点儿 chà yì diǎn er
差三错四 chā sān cuò sì
差不多 chà bu duō
差不离 chà bù lí
差之千里 chā zhī qiān lǐ
差之毫厘 chā zhī háo lí
差之毫厘失之千里 chā zhī háo lí shī zhī qiān lǐ
差事 chāi shì
差人去 chāi rén qù
差人去请医生 chāi rén qù qǐng yī shēng
差使 chāi shǐ
差分 chā fēn
差分放大器 chà fēn fàng dà qì
差别 chā bié
差动 chā dòng
差劲 chà jìn
差可 chā kě
差可告慰 chā kě gào wèi
差失 chà shī
差官 chà guān
差役 chāi yì
差拨 chāi bō
差数 chā shù
差旅费 chāi lǚ fèi
差点 chà diǎn
差等 chà děng
差等生 chà děng shēng
差缺 chāi quē
差遣 chāi qiǎn
差错 chā cuò
差饷 chāi xiǎng
己见 jǐ jiàn
已知数 yǐ zhī shù
巴不得 bā bù dé
巴勒斯坦 bā lè sī tǎn
巴尔喀什湖 bā ěr kā shí hú
巴尔扎克 bā ěr zhā kè
巴山夜雨 bā shān yè yǔ
巴巴结结 bā bā jiē jiē
巴结 bā jié
巴高望上 bā gāo wàng shàng
巴高枝儿 bā gāo zhī ér
巴黎和会 bā lí hé huì
巷口 xiàng kǒu
巷尾街头 xiàng wěi jiē tóu
巷道 hàng dào
巾帼奇才 jīn guó qí cái
市中心 shì zhōng xīn
市区 shì qū
市场 shì chǎng
市场体系 shì chǎng tǐ xì
市场调节 shì chǎng tiáo jié
市尺 shì chǐ
市花 shì huā
市话 shì huà
市长 shì zhǎng
布天盖地 bù tiān gài dì
布头 bù tóu
布尔什维克 bù ěr shí wéi kè
布拉吉 bù lā jí
布琼布拉 bù qióng bù lā
布衣粝食 bù yī lì shí
布衣蔬食 bù yī shū shí
布被瓦器 bù bèi wǎ qì
布面 bù miàn
帆布包 fān bù bāo
师传 shī chuán
师出有名 shī chū yǒu míng
师父 shī fù
师范学校 shī fàn xué xiào
师长 shī zhǎng
希奇 xī qí
希有 xī yǒu
帏箔不修 wéi bó bù xiū
帏薄不修 wéi báo bù xiū
帐单 zhàng dān
帝王 dì wáng
帝王将相 dì wáng jiàng xiàng
帝都 dì dū
帡天极地 píng tiān jí dì
带刺儿 dài cì ér
带劲 dài jìn
带头 dài tóu
带头羊 dài tóu yáng
带好儿 dài hǎo ér
带水拖泥 dài shuǐ tuō ní
带累 dài lěi
带脉 dài mài
带话 dài huà
席不暇暖 xí bù xiá nuǎn
席卷 xí juǎn
席卷天下 xí juǎn tiān xià
席地 xí dì
席地幕天 xí dì mù tiān
席地而坐 xí dì ér zuò
席棚 xí péng
席门穷巷 xí mén qióng xiàng
席门蓬巷 xí mén péng xiàng
席间 xí jiān
帮会 bāng huì
帮同 bāng tóng
帮困 bāng kùn
帮狗吃食 bāng gǒu chī shí
帮虎吃食 bāng hǔ chī shí
帮闲钻懒 bāng xián zuān lǎn
帷幕不修 wéi mù bù xiū
帷箔不修 wéi bó bù xiū
帷薄不修 wéi bó bù xiū
常压 cháng yā
常年累月 cháng nián lèi yuè
常用对数 cháng yòng duì shù
常胜将军 cháng shèng jiāng jūn
常规炸弹 cháng guī zhà dàn
幂数 mì shù
幂级数 mì jí shù
幅度 fú dù
幕天席地 mù tiān xí dì
幕燕釜鱼 mù yàn fǔ yú
幕燕鼎鱼 mù yàn dǐng yú
干云蔽日 gān yún bì rì
干亲 gān qīn
干亲家 gān qīn jiā
干儿 gān ér
干冰 gān bīng
干冷 gān lěng
干净 gān jìng
干净利索 gān jìng lì suǒ
干净利落 gān jìng lì luò
干劲 gàn jìn
干名犯义 gàn míng fàn yì
干咳 gān ké
干哕 gān yuě
干城 gān chéng
干城之将 gān chéng zhī jiàng
干将 gàn jiàng
干将莫邪 gān jiāng mò yé
干尸 gān shī
干巴 gān ba
干巴利落 gān bā lì luò
干巴巴 gān bā bā
干干 gàn gàn
干急 gān jí
干才 gàn cái
干支 gān zhī
干柴 gān chái
干柴烈火 gān chái liè huǒ
干校 gàn xiào
干活 gàn huó
干流 gàn liú
干点 gān diǎn
干燥 gān zào
干燥器 gān zào qì
干犯 gān fàn
干瘦 gān shòu
干白 gān bái
干着急 gān zháo jí
干粉 gān fěn
干粮 gān liáng
干系 gān xì
干结 gān jié
干脆 gān cuì
干脆利索 gān cuì lì suǒ
干脆利落 gān cuì lì luò
干花 gān huā
干草 gān cǎo
干裂 gān liè
干贝 gān bèi
干路 gàn lù
干道 gàn dào
干部 gàn bù
干部学校 gàn bù xué xiào
干霄凌云 gān xiāo líng yún
干霄蔽日 gàn xiāo bì rì
干预 gān yù
干鲜果品 gān xiān guǒ pǐn
平乐 píng lè
平信 píng xìn
平假名 píng jiǎ míng
平分 píng fēn
平分秋色 píng fēn qiū sè
平和 píng hé
平地 píng dì
平地登云 píng dì dēng yún
平地起家 píng dì qǐ jiā
平地青云 píng dì qīng yún
平地风波 píng dì fēng bō
平均差 píng jūn chà
平均数 píng jūn shù
平头 píng tóu
平头数 píng tóu shù
平头百姓 píng tóu bǎi xìng
平射炮 píng shè pào
平巷 píng hàng
平度 píng dù
平心而论 píng xīn ér lùn
平方尺 píng fāng chǐ
平板车 píng bǎn chē
平正 píng zhèng
平淡无奇 píng dàn wú qí
平澹无奇 píng dàn wú qí
平空 píng kōng
平行 píng xíng
平行四边形 píng xíng sì biān xíng
平角 píng jiǎo
平调 píng diào
平面几何 píng miàn jǐ hé
平面角 píng miàn jiǎo
年中 nián zhōng
年产量 nián chǎn liàng
年会 nián huì
年分 nián fèn
年华 nián huá
年华垂暮 nián huá chuí mù
年头 nián tóu
年富力强 nián fù lì qiáng
年年月月 nián nián yuè yuè
年度 nián dù
年纪 nián jì
年衰岁暮 nián shuāi suì mù
年谊世好 nián yì shì hǎo
年长 nián zhǎng
年间 nián jiān
年高望重 nián gāo wàng zhòng
并且 bìng qiě
并世无两 bìng shì wú liǎng
并入 bìng rù
并列 bìng liè
并发 bìng fā
并合 bìng hé
并吞 bìng tūn
并容徧覆 bìng róng biàn fù
并排 bìng pái
并日而食 bìng rì ér shí
并用 bìng yòng
并疆兼巷 bìng jiāng jiān xiàng
并称 bìng chēng
并立 bìng lì
并蒂 bìng dì
并蒂莲 bìng dì lián
并行 bìng xíng
并进 bìng jìn
并重 bìng zhòng
并驱争先 bìng qū zhēng xiān
幸会 xìng huì
幸好 xìng hǎo
幸得 xìng de
幺麽小丑 yāo mó xiǎo chǒu
幻数 huàn shù
幻灯片 huàn dēng piàn
幼学壮行 yòu xué zhuàng xíng
幼畜 yòu chù
幽丽 yōu lì
幽会 yōu huì
幽咽 yōu yè
幽期 yōu qī
广东 guǎng dōng
广东音乐 guǎng dōng yīn yuè
广义 guǎng yì
广义相对论 guǎng yì xiāng duì lùn
广交 guǎng jiāo
广交会 guǎng jiāo huì
广众 guǎng zhòng
广博 guǎng bó
广厦 guǎng shà
广厦万间 guǎng shà wàn jiān
广告 guǎng gào
广土众民 guǎng tǔ zhòng mín
广大 guǎng dà
广平 guǎng píng
广度 guǎng dù
广庭大众 guǎng tíng dà zhòng
广开才路 guǎng kāi cái lù
广开言路 guǎng kāi yán lù
广文先生 guǎng wén xiān shēng
广求 guǎng qiú
广种薄收 guǎng zhòng bó shōu
广西 guǎng xī
广角镜头 guǎng jiǎo jìng tóu
广陵散绝 guǎng líng sǎn jué
广饶 guǎng ráo
庄严宝相 zhuāng yán bǎo xiàng
庄园主 zhuāng yuán zhǔ
庄家 zhuāng jiā
庄稼地 zhuāng jià dì
庄重 zhuāng zhòng
庆功会 qìng gōng huì
庆吊不行 qìng diào bù xíng
床下牛斗 chuáng xià niú dòu
床单 chuáng dān
床头 chuáng tóu
床头金尽 chuáng tóu jīn jìn
序数 xù shù
序论 xù lùn
库区 kù qū
库藏 kù cáng
应从 yìng cóng
应付 yìng fù
应付帐款 yīng fù zhàng kuǎn
应付自如 yìng fù zì rú
应付裕如 yìng fù yù rú
应刃而解 yìng rèn ér jiě
应分 yīng fèn
应变 yìng biàn
应变无方 yìng biàn wú fāng
应名儿 yìng míng ér
应否 yīng fǒu
应命 yìng mìng
应和 yìng hè
应声 yīng shēng
应天从人 yìng tiān cóng rén
应天顺人 yìng tiān shùn rén
应天顺时 yīng tiān shùn shí
应天顺民 yìng tiān shùn mín
应对 yìng duì
应对如流 yìng duì rú liú
应届 yīng jiè
应届生 yīng jiè shēng
应弦而倒 yìng xián ér dǎo
应当 yīng dāng
应得 yīng dé
应徵 yìng zhǐ
应急 yìng jí
应手 yìng shǒu
应招 yìng zhāo
应时 yìng shí
应有 yīng yǒu
应有尽有 yīng yǒu jìn yǒu
应机立断 yìng jī lì duàn
应权通变 yìng quán tōng biàn
应用 yìng yòng
应用文 yìng yòng wén
应答 yìng dá
应答如流 yìng dá rú liú
应节合拍 yìng jié hé pāi
应该 yīng gāi
应运 yìng yùn
应运而生 yìng yùn ér shēng
应门 yìng mén
底下 dǐ xià
底下人 dǐ xià rén
底土 dǐ tǔ
底定 dǐ dìng
底层 dǐ céng
底工 dǐ gōng
底数 dǐ shù
底本 dǐ běn
底死谩生 dǐ sǐ màn shēng
底火 dǐ huǒ
底片 dǐ piàn
底片儿 dǐ piān er
底细 dǐ xì
底色 dǐ sè
底蕴 dǐ yùn
底角 dǐ jiǎo
底边 dǐ biān
底里 dǐ lǐ
庖丁 páo dīng
庖丁解牛 páo dīng jiě niú
店家 diàn jiā
店长 diàn zhǎng
庙会 miào huì
庚癸频呼 gēng guǐ pín hū
府上 fǔ shàng
庞大 páng dà
庞眉白发 páng méi bái fà
庞眉皓发 páng méi hào fà
庞眉鹤发 páng méi hè fā
庞眉黄发 páng méi huáng fā
废品率 fèi pǐn lǜ
废寝忘食 fèi qǐn wàng shí
废文任武 fèi wén rèn wǔ
度人之心 duó rén zhī xīn
度人之腹 duó rén zhī fù
度假 dù jià
度假村 dù jià cūn
度命 dù mìng
度外 dù wài
度外之人 dù wài zhī rén
度己以绳 duó jǐ yǐ shéng
度德量力 duó dé liàng lì
度数 dù shù
度日 dù rì
度日如岁 dù rì rú suì
度蜜月 dù mì yuè
度过 dù guò
度量 dù liàng
度量衡 dù liàng héng
度长絜大 dù cháng xié dà
度长絜短 dù cháng xié duǎn
座落 zuò luò
庭长 tíng zhǎng
康庄大道 kāng zhuāng dà dào
庸俗进化论 yōng sú jìn huà lùn
庸庸碌碌 yōng yōng lù lù
庸碌 yōng lù
庸言庸行 yōng yán yōng xíng
廉可寄财 lián kě jì cái
廉明公正 lián míng gōng zhèng
廉正 lián zhèng
廉远堂高 lián yuǎn táng gāo
廓落 kuò luò
廓达大度 kuò dá dà dù
延时 yán shí
延期 yán qī
延津之合 yán jīn zhī hé
延津剑合 yán jīn jiàn hé
延长 yán cháng
廷争面折 tíng zhēng miàn zhé
廷尉 tíng wèi
建中 jiàn zhōng
建筑 jiàn zhù
建筑面积 jiàn zhù miàn jī
建行 jiàn háng
建都 jiàn dū
开云见天 kāi yún jiàn tiān
开云见日 kāi yún jiàn rì
开会 kāi huì
开倒车 kāi dào chē
开单 kāi dān
开卷 kāi juàn
开发 kāi fā
开口见心 kāi kǒu jiàn xīn
开台 kāi tái
开台锣鼓 kāi tái luó gǔ
开合自如 kāi hé zì rú
开国承家 kāi guó chéng jiā
开场 kāi chǎng
开场白 kāi chǎng bái
开夜车 kāi yè chē
开天辟地 kāi tiān pì dì
开头 kāi tóu
开小差 kāi xiǎo chāi
开屏 kāi píng
开心见诚 kāi xīn jiàn chéng
开快车 kāi kuài chē
开户行 kāi hù háng
开房间 kāi fáng jiān
开打 kāi dǎ
开拓 kāi tuò
开源节流 kāi yuán jié liú
开炮 kāi pào
开疆 kāi jiāng
开疆展土 kāi jiāng zhǎn tǔ
开疆拓土 kāi jiāng tuò tǔ
开疆辟土 kāi jiāng pì tǔ
开蒙 kāi méng
开行 kāi xíng
开裂 kāi liè
开解 kāi jiě
开诚相见 kāi chéng xiāng jiàn
开豁 kāi huò
开车 kāi chē
开辟 kāi pì
开采 kāi cǎi
开锣喝道 kāi luó hè dào
开门红 kāi mén hóng
开门见山 kāi mén jiàn shān
开间 kāi jiān
开阔地 kāi kuò dì
异于 yì yú
异体字 yì tǐ zì
异口同声 yì kǒu tóng shēng
异口同音 yì kǒu tóng yīn
异同 yì tóng
异地 yì dì
异曲同工 yì qǔ tóng gōng
异木奇花 yì mù qí huā
异涂同归 yì tú tóng guī
异端邪说 yì duān xié shuō
异能 yì néng
异草奇花 yì cǎo qí huā
异见 yì jiàn
异说 yì shuō
异路同归 yì lù tóng guī
异途同归 yì tú tóng guī
异闻传说 yì wén chuán shuō
弃义倍信 qì yì bèi xìn
弃之度外 qì zhī dù wài
弃伪从真 qì wěi cóng zhēn
弃其馀鱼 qì qí yú yú
弃恶从善 qì è cóng shàn
弃瑕忘过 qì xiá wàng guò
弃甲曳兵 qì jiǎ yè bīng
弃短就长 qì duǎn jiù cháng
弃短用长 qì duǎn yòng cháng
弃笔从戎 qì bǐ cóng róng
弃邪从正 qì xié cóng zhèng
弃邪归正 qì xié guī zhèng
弄假 nòng jiǎ
弄假成真 nòng jiǎ chéng zhēn
弄口 lòng kǒu
弄口鸣舌 nòng kǒu míng shé
弄堂 lòng táng
弄巧反拙 nòng qiǎo fǎn zhuō
弄巧成拙 nòng qiǎo chéng zhuō
弄影团风 nòng yǐng tuán fēng
弄斧班门 nòng fǔ bān mén
弄月吟风 nòng yuè yín fēng
弄月嘲风 nòng yuè cháo fēng
弄死 nòng sǐ
弄法舞文 nòng fǎ wǔ wén
弄潮 nòng cháo
弄潮儿 nòng cháo ér
弄瓦 nòng wǎ
弄神弄鬼 nòng shén nòng guǐ
弄竹弹丝 nòng zhú dàn sī
弄管调弦 nòng guǎn tiáo xián
弄粉调朱 nòng fěn diào zhū
弄鬼 nòng guǐ
弄鬼弄神 nòng guǐ nòng shén
弊绝风清 bì jué fēng qīng
弊衣疏食 bì yī shū shí
弊衣箪食 bì yī dān shí
弊衣蔬食 bì yī shū shí
弊车羸马 bì chē léi mǎ
弓影杯蛇 gōng yǐng bēi shé
弓折刀尽 gōng zhé dāo jìn
弓背 gōng bèi
弓腰曲背 gōng yāo qū bèi
引人瞩目 yǐn rén zhǔ mù
引以为鉴 yǐn yǐ wéi jiàn
引信 yǐn xìn
引发 yǐn fā
引吭悲歌 yǐn háng bēi gē
引吭高唱 yǐn háng gāo chàng
引吭高声 yǐn háng gāo shēng
引吭高歌 yǐn háng gāo gē
引商刻角 yǐn shāng kè jiǎo
引得 yǐn dé
引新吐故 yǐn xīn tǔ gù
引短推长 yǐn duǎn tuī cháng
引经据古 yǐn jīng jù gǔ
引而不发 yǐn ér bù fā
引自 yǐn zì
引见 yǐn jiàn
引论 yǐn lùn
引语 yǐn yǔ
引针拾芥 yǐn zhēn shí jiè
引风吹火 yǐn fēng chuī huǒ
引鬼上门 yǐn guǐ shàng mén
弘大 hóng dà
弘奖风流 hóng jiǎng fēng liú
弟子 dì zǐ
张大 zhāng dà
张灯结采 zhāng dēng jié cǎi
张牙舞爪 zhāng yá wǔ zhǎo
张王赵李 zhāng wáng zhào lǐ
张脉偾兴 zhāng mài fèn xīng
张靓颖 zhāng liàng yǐng
弥勒 mí lè
弥勒佛 mí lè fó
弥合 mí hé
弥天 mí tiān
弥封 mí fēng
弥山亘野 mí shān gèn yě
弥日累夜 mí rì lèi yè
弥月 mí yuè
弥漫 mí màn
弥蒙 mí méng
弥补 mí bǔ
弥补损失 mí bǔ sǔn shī
弥陀 mí tuó
弦乐 xián yuè
弦乐器 xián yuè qì
弦切角 xián qiē jiǎo
弦外有音 xián wài yǒu yīn
弦无虚发 xián wú xū fā
弧度 hú dù
弯头 wān tóu
弯度 wān dù
弱不好弄 ruò bù hǎo nòng
弱不禁风 ruò bù jīn fēng
弱不胜衣 ruò bù shèng yī
弱冠 ruò guàn
弱本强末 ruò běn qiáng mò
弱肉强食 ruò ròu qiáng shí
弸中彪外 péng zhōng biāo wài
弹丝品竹 tán sī pǐn zhú
弹丸 dàn wán
弹丸之地 dàn wán zhī dì
弹丸脱手 tán wán tuō shǒu
弹冠振衣 tán guān zhèn yī
弹冠振衿 tán guān zhèn jīn
弹冠相庆 tán guān xiāng qìng
弹冠结绶 tán guān jié shòu
弹剑作歌 tán jiàn zuò gē
弹力 tán lì
弹劾 tán hé
弹劾案 tán hé àn
弹头 dàn tóu
弹射 tán shè
弹尽援绝 dàn jìn yuán jué
弹尽粮绝 dàn jìn liáng jué
弹性 tán xìng
弹性体 tán xìng tǐ
弹指之间 tán zhǐ zhī jiān
弹斤估两 tán jīn gū liǎng
弹无虚发 dàn wú xū fā
弹琴 tán qín
弹空说嘴 tán kōng shuō zuǐ
弹簧 tán huáng
弹簧床 tán huáng chuáng
弹簧钢 tán huáng gāng
弹腿 tán tuǐ
弹词 tán cí
弹跳力 tán tiào lì
弹钢琴 tán gāng qín
弹铗无鱼 dàn jiá wú yú
强不知以为知 qiǎng bù zhī yǐ wéi zhī
强中更有强中手 qiáng zhōng gèng yǒu qiáng zhōng shǒu
强中自有强中手 qiáng zhōng zì yǒu qiáng zhōng shǒu
强人 qiǎng rén
强似 qiáng sì
强作解人 qiǎng zuò jiě rén
强兵富国 qiáng bīng fù guó
强凫变鹤 qiáng fú biàn hè
强击 qiáng jī
强加 qiáng jiā
强加于人 qiáng jiā yú rén
强劲 qiáng jìng
强占 qiáng zhàn
强压 qiáng yā
强取 qiáng qǔ
强唇劣嘴 qiáng chún liè zuǐ
强嘴 jiàng zuǐ
强嘴拗舌 jiàng zuǐ niù shé
强嘴硬牙 jiàng zuǐ yìng yá
强固 qiáng gù
强国 qiáng guó
强大 qiáng dà
强将 qiáng jiàng
强将手下无弱兵 qiáng jiàng shǒu xià wú ruò bīng
强干 qiáng gàn
强干弱枝 qiáng gān ruò zhī
强度 qiáng dù
强弓劲弩 qiáng gōng jìng nǔ
强弩之末 qiáng nǔ zhī mò
强强联合 qiáng qiáng lián hé
强得易贫 qiǎng dé yì pín
强手 qiáng shǒu
强攻 qiáng gōng
强暴 qiáng bào
强本弱支 qiáng běn ruò zhī
强本弱末 qiáng běn ruò mò
强本弱枝 qiáng běn ruò zhī
强本节用 qiáng běn jié yòng
强枝弱本 qiáng zhī ruò běn
强死强活 qiǎng sǐ qiǎng huó
强死赖活 qiǎng sǐ lài huó
强求 qiǎng qiú
强热带风暴 qiáng rè dài fēng bào
强盗 qiáng dào
强盛 qiáng shèng
强直 qiáng zhí
强而后可 qiǎng ér hòu kě
强聒不舍 qiǎng guō bù shě
强自取折 qiáng zì qǔ shé
强行 qiáng xíng
强行军 qiáng xíng jūn
强记 qiáng jì
强记博闻 qiáng jì bó wén
强识博闻 qiǎng shí bó wén
强词 qiǎng cí
强词夺正 qiǎng cí duó zhèng
强调 qiáng diào
强身 qiáng shēn
强迫 qiǎng pò
强音 qiáng yīn
强风 qiáng fēng
强食弱肉 qiáng shí ruò ròu
强食自爱 qiǎng shí zì ài
强食靡角 qiǎng shí mí jiǎo
强龙不压地头蛇 qiáng lóng bù yā dì tóu shé
彀中 gòu zhōng
归之若水 guī zhī ruò shuǐ
归功于 guī gōng yú
归宿 guī sù
归属 guī shǔ
归心似箭 guī xīn sì jiàn
归期 guī qī
归正邱首 guī zhèng qiū shǒu
归省 guī xǐng
归真反朴 guī zhēn fǎn pǔ
归结 guī jié
归罪于 guī zuì yú
归还 guī huán
归降 guī xiáng
当下 dāng xià
当世 dāng shì
当世才度 dāng shì cái dù
当世无双 dāng shì wú shuāng
当中 dāng zhōng
当中间儿 dāng zhōng jiān er
当事 dāng shì
当事人 dāng shì rén
当今 dāng jīn
当众 dāng zhòng
当儿 dāng ér
当先 dāng xiān
当兵 dāng bīng
当务之急 dāng wù zhī jí
当务始终 dāng wù shǐ zhōng
当午 dāng wǔ
当口 dāng kǒu
当口儿 dāng kǒu er
当地 dāng dì
当场 dāng chǎng
当场出丑 dāng chǎng chū chǒu
当夜 dāng yè
当天 dàng tiān
当头 dāng tóu
当头对面 dāng tóu duì miàn
当官 dāng guān
当家 dāng jiā
当家人 dāng jiā rén
当家作主 dāng jiā zuò zhǔ
当家做主 dāng jiā zuò zhǔ
当家理纪 dāng jiā lǐ jì
当家的 dāng jiā de
当家立纪 dāng jiā lì jì
当家立计 dāng jiā lì jì
当差 dāng chāi
当归 dāng guī
当当 dāng dāng
当心 dāng xīn
当成 dàng chéng
当断不断 dāng duàn bù duàn
当日 dāng rì
当时 dāng shí
当月 dàng yuè
当朝 dāng cháo
当期 dāng qī
当机立断 dāng jī lì duàn
当真 dàng zhēn
当着不着 dāng zhuó bù zhuó
当空 dāng kōng
当耳旁风 dāng ěr páng fēng
当耳边风 dāng ěr biān fēng
当胸 dāng xiōng
当腰 dāng yāo
当行出色 dāng háng chū sè
当行本色 dāng háng běn sè
当路 dāng lù
当轴处中 dāng zhóu chǔ zhōng
当道 dāng dào
当量 dāng liàng
当间儿 dāng jiàn ér
当面 dāng miàn
当面错过 dāng miàn cuò guò
当面锣对面鼓 dāng miàn luó duì miàn gǔ
录像片 lù xiàng piàn
彘肩斗酒 zhì jiān dòu jiǔ
彝文 yí wén
形似 xíng sì
形单影双 xíng dān yǐng shuāng
形只影单 xíng zhī yǐng dān
形式上 xíng shì shàng
形影不离 xíng yǐng bù lí
形影相依 xíng yǐng xiāng yī
形影相对 xíng yǐng xiāng duì
形影相附 xíng yǐng xiāng fù
形影相随 xíng yǐng xiāng suí
形数 xíng shù
形相 xíng xiāng
形而上 xíng ér shàng
形迹可疑 xíng jì kě yí
形销骨立 xíng xiāo gǔ lì
彤红 tóng hóng
彩像 cǎi xiàng
彩墨画 cǎi mò huà
彩排 cǎi pái
彩管 cǎi guǎn
彩纸 cǎi zhǐ
彩衣娱亲 cǎi yī yú qīn
彩门 cǎi mén
彫章镂句 diāo zhāng lòu jù
彫肝琢肾 diāo gān zhuó shèn
彬彬有礼 bīn bīn yǒu lǐ
彰善瘅恶 zhāng shàn dàn è
彰明昭着 zhāng míng zhāo zhe
彰明较着 zhāng míng jiào zhù
影人 yǐng rén
影区 yǐng qū
影只形单 yǐng zhī xíng dān
影只形孤 yǐng zhī xíng gū
影后 yǐng hòu
影射 yǐng shè
影帝 yǐng dì
影形不离 yǐng xíng bù lí
影片 yǐng piàn
影片儿 yǐng piān er
影视圈 yǐng shì quān
影调 yǐng diào
彷佛 páng fó
役畜 yì chù
彻上彻下 chè shàng chè xià
彻内彻外 chè nèi chè wài
彻查 chè chá
彻骨 chè gǔ
彼一时此一时 bǐ yì shí cǐ yì shí
彼倡此和 bǐ chàng cǐ hè
彼唱此和 bǐ chàng cǐ hè
往渚还汀 wǎng zhǔ huán tīng
往还 wǎng huán
征剿 zhēng jiǎo
征发 zhēng fā
征敛无度 zhēng liǎn wú dù
征管 zhēng guǎn
征调 zhēng diào
径情直行 jìng qíng zhí xíng
径行 jìng xíng
待人 dài rén
待办 dài bàn
待发 dài fā
待命 dài mìng
待字闺中 dài zì guī zhōng
待定系数法 dài dìng xì shù fǎ
待建 dài jiàn
待批 dài pī
待时守分 dài shí shǒu fèn
待时而动 dài shí ér dòng
待查 dài chá
待用 dài yòng
很累 hěn lèi
徒唤奈何 tú huàn nài hé
徒托空言 tú tuō kōng yán
徒有其名 tú yǒu qí míng
徒有其表 tú yǒu qí biǎo
徒有虚名 tú yǒu xū míng
徒讬空言 tú tuō kōng yán
徒长 tú zhǎng
得不偿失 dé bù cháng shī
得不补失 dé bù bǔ shī
得不酬失 dé bù chóu shī
得亏 děi kuī
得人心 dé rén xīn
得兔忘蹄 dé tù wàng tí
得劲 dé jìn
得喝水了 děi hē shuǐ le
得天独厚 dé tiān dú hòu
得失参半 dé shī cān bàn
得失在人 dé shī zài rén
得失相半 dé shī xiāng bàn
得婿如龙 dé xù rú lóng
得寸得尺 dé cùn dé chǐ
得寸进尺 dé cùn jìn chǐ
得尺得寸 dé chǐ dé cùn
得当 dé dàng
得心应手 dé xīn yìng shǒu
得意 dé yì
得意之色 dé yì zhī sè
得意忘形 dé yì wàng xíng
得意忘言 dé yì wàng yán
得意扬扬 dé yì yáng yáng
得意洋洋 dé yì yáng yáng
得意起来 dé yì qǐ lái
得意门生 dé yì mén shēng
得手 dé shǒu
得手应心 dé shǒu yīng xīn
得数 dé shù
得月较先 dé yuè jiào xiān
得未尝有 dé wèi cháng yǒu
得未曾有 dé wèi céng yǒu
得法 dé fǎ
得益 dé yì
得知 dé zhī
得空 dé kòng
得而复失 dé ér fù shī
得胜 dé shèng
得胜回朝 dé shèng huí cháo
得胜头回 dé shèng tóu huí
得薄能鲜 dé bó néng xiān
得过且过 dé guò qiě guò
得道 dé dào
得间 dé jiàn
得饶人处且饶人 dé ráo rén chù qiě ráo rén
得马失马 dé mǎ shī mǎ
得马折足 dé mǎ shé zú
御沟红叶 yù gōu hóng yè
循序渐进 xún xù jiàn jìn
循环论 xún huán lùn
循诵习传 xún sòng xí chuán
微不足道 wēi bù zú dào
微乎其微 wēi hū qí wēi
微分 wēi fēn
微循环 wēi xún huán
微服 wēi fú
微服私行 wēi fú sī xíng
微积分 wēi jī fēn
微薄 wēi bó
微血管 wēi xuè guǎn
微行 wēi xíng
微言大义 wēi yán dà yì
微过细故 wēi guò xì gù
微风 wēi fēng
德尊望重 dé zūn wàng zhòng
德州扒鸡 dé zhōu pá jī
德浅行薄 dé qiǎn xíng báo
德薄才疏 dé bó cái shū
德薄能鲜 dé bó néng xiǎn
德行 dé xíng
德语 dé yǔ
德配天地 dé pèi tiān dì
德隆望重 dé lóng wàng zhòng
德高望重 dé gāo wàng zhòng
徽调 huī diào
心上 xīn shàng
心上人 xīn shàng rén
心上心下 xīn shàng xīn xià
心不两用 xīn bù liǎng yòng
心不应口 xīn bù yīng kǒu
心不由主 xīn bù yóu zhǔ
心中 xīn zhōng
心中无数 xīn zhōng wú shù
心中有数 xīn zhōng yǒu shù
心事重重 xīn shì chóng chóng
心传 xīn chuán
心切 xīn qiè
心到神知 xīn dào shén zhī
心劲 xīn jìn
心口不一 xīn kǒu bù yī
心口相应 xīn kǒu xiāng yīng
心同止水 xīn tóng zhǐ shuǐ
心善 xīn shàn
心回意转 xīn huí yì zhuǎn
心地 xīn dì
心坚石穿 xīn jiān shí chuān
心头 xīn tóu
心头撞鹿 xīn tóu zhuàng lù
心头肉 xīn tóu ròu
心如坚石 xīn rú jiān shí
心如木石 xīn rú mù shí
心如金石 xīn rú jīn shí
心如铁石 xīn rú tiě shí
心安理得 xīn ān lǐ dé
心宽体胖 xīn kuān tǐ pán
心寒胆落 xīn hán dǎn luò
心小志大 xīn xiǎo zhì dà
心平气和 xīn píng qì hé
心广体胖 xīn guǎng tǐ pán
心得 xīn dé
心惊肉跳 xīn jīng ròu tiào
心惊胆落 xīn jīng dǎn luò
心惊胆裂 xīn jīng dǎn liè
心惊胆颤 xīn jīng dǎn zhàn
心慌撩乱 xīn huāng liáo luàn
心慕手追 xīn mù shǒu zhuī
心手相应 xīn shǒu xiāng yìng
心手相忘 xīn shǒu xiāng wàng
心折 xīn zhé
心拙口夯 xīn zhuō kǒu bèn
心摹手追 xīn mó shǒu zhuī
心数 xīn shù
心有灵犀一点通 xīn yǒu líng xī yī diǎn tōng
心服 xīn fú
心服首肯 xīn fú shǒu kěn
心术 xīn shù
心术不正 xīn shù bù zhèng
心殒胆落 xīn yǔn dǎn luò
心浮气盛 xīn fú qì shèng
心满意得 xīn mǎn yì dé
心潮起伏 xīn cháo qǐ fú
心率 xīn lǜ
心理医生 xīn lǐ yī shēng
心电感应 xīn diàn gǎn yìng
心疑 xīn yí
心痒难抓 xīn yǎng nán zhuā
心痒难挝 xīn yǎng nán zhuā
心神不定 xīn shén bù dìng
心粗胆大 xīn cū dǎn dà
心细于发 xīn xì yú fā
心细如发 xīn xì rú fà
心结 xīn jié
心肌梗塞 xīn jī gěng sè
心胆俱裂 xīn dǎn jù liè
心花怒发 xīn huā nù fā
心血 xīn xuè
心语 xīn yǔ
心跳 xīn tiào
心重 xīn zhòng
心长力短 xīn cháng lì duǎn
心长发短 xīn cháng fà duǎn
心长绠短 xīn cháng gěng duǎn
心间 xīn jiān
心领意会 xīn lǐng yì huì
心领神会 xīn lǐng shén huì
必不挠北 bì bù náo běi
必也正名 bì yě zhèng míng
必争之地 bì zhēng zhī dì
必将 bì jiāng
必得 bì děi
必然王国 bì rán wáng guó
必要 bì yào
必要产品 bì yào chǎn pǐn
必要劳动 bì yào láo dòng
必躬必亲 bì gōng bì qīn
忌食 jì shí
忍辱 rěn rǔ
忍辱负重 rěn rǔ fù zhòng
忍饥挨饿 rěn jī ái è
忐上忑下 tǎn shàng tè xià
忐忑不定 tǎn tè bù dìng
忖度 cǔn duó
忖量 cǔn liàng
志同道合 zhì tóng dào hé
志坚行苦 zhì jiān xíng kǔ
志大才疏 zhì dà cái shū
志广才疏 zhì guǎng cái shū
志满意得 zhì mǎn yì dé
志满气得 zhì mǎn qì dé
忘乎其形 wàng hū qí xíng
忘其所以 wàng qí suǒ yǐ
忘啜废枕 wàng chuò fèi zhěn
忘寝废食 wàng qǐn fèi shí
忘年之好 wàng nián zhī hǎo
忘恩背义 wàng ēn bèi yì
忙不迭 máng bù dié
忙中有失 máng zhōng yǒu shī
忙忙碌碌 máng máng lù lù
忙碌 máng lù
忠信 zhōng xìn
忠孝节义 zhōng xiào jié yì
忠骨 zhōng gǔ
忧国忘家 yōu guó wàng jiā
忧盛危明 yōu shèng wēi míng
快乐 kuài lè
快人快语 kuài rén kuài yǔ
快信 kuài xìn
快当 kuài dāng
快犊破车 kuài dú pò chē
快行 kuài xíng
快语 kuài yǔ
快车 kuài chē
快速路 kuài sù lù
念佛 niàn fó
念叨 niàn dāo
念头 niàn tou
念念不忘 niàn niàn bù wàng
忽地 hū dì
忽忽不乐 hū hū bù lè
忽明忽暗 hū míng hū àn
忿不顾身 fèn bù gù shēn
忿忿不平 fèn fèn bù píng
怀珠韫玉 huái zhū yùn yù
怀疑 huái yí
态度 tài dù
怅然若失 chàng rán ruò shī
怆地呼天 chuàng dì hū tiān
怆天呼地 chuàng tiān hū dì
怎么 zěn me
怎么的 zěn me de
怎么着 zěn me zhe
怎地 zěn dì
怎的 zěn de
怎知 zěn zhī
怏怏不乐 yàng yàng bù lè
怒冲冲 nù chōng chōng
怒发冲冠 nù fà chōng guān
怒气冲冲 nù qì chōng chōng
怒气冲天 nù qì chōng tiān
怒气填胸 nù qì tián xiōng
怒火冲天 nù huǒ chōng tiān
怒目切齿 nù mù qiè chǐ
怔忪 zhēng zhōng
怕风怯雨 pà fēng qiè yǔ
怕鬼有鬼 pà guǐ yǒu guǐ
思亲 sī qīn
思前想后 sī qián xiǎng hòu
思古 sī gǔ
思忖 sī cǔn
思念 sī niàn
思情 sī qíng
思想 sī xiǎng
思想体系 sī xiǎng tǐ xì
思想家 sī xiǎng jiā
思慕 sī mù
思旧 sī jiù
思春 sī chūn
思潮 sī cháo
思潮起伏 sī cháo qǐ fú
思索 sī suǒ
思绪 sī xù
思绪万千 sī xù wàn qiān
思路 sī lù
思过 sī guò
思量 sī liáng
怡和 yí hé
怡堂燕雀 yí táng yàn què
怡然自乐 yí rán zì lè
怡然自得 yí rán zì dé
急不择言 jí bù zé yán
急不择路 jí bù zé lù
急不暇择 jí bù xiá zé
急公好义 jí gōng hào yì
急切 jí qiè
急刹车 jí shā chē
急功好利 jí gōng hào lì
急如风火 jí rú fēng huǒ
急惊风撞着慢郎中 jí jīng fēng zhuàng zhe màn láng zhōng
急拍繁弦 jí pāi fán xián
急救包 jí jiù bāo
急救车 jí jiù chē
急景凋年 jí yǐng diāo nián
急景流年 jí jǐng liú nián
急来报佛脚 jí lái bào fó jiǎo
急来抱佛脚 jí lái bào fó jiǎo
急管繁弦 jí guǎn fán xián
急脉缓受 jí mài huǎn shòu
急行军 jí xíng jūn
急起直追 jí qǐ zhí zhuī
急转 jí zhuǎn
急转直下 jí zhuǎn zhí xià
急迫 jí pò
急风 jí fēng
急风暴雨 jí fēng bào yǔ
急风骤雨 jí fēng zhòu yǔ
性关系 xìng guān xì
性别 xìng bié
性能 xìng néng
性行 xìng xíng
性解放 xìng jiě fàng
怨不得 yuàn bù dé
怨声载道 yuàn shēng zài dào
怨天怨地 yuàn tiān yuàn dì
怨女 yuàn nǚ
怨家债主 yuàn jiā zhài zhǔ
怨气冲天 yuàn qì chōng tiān
怪不得 guài bù dé
怪才 guài cái
怪样儿 guài yàng er
怪相 guài xiàng
怪石 guài shí
怪论 guài lùn
怪诞不经 guài dàn bù jīng
怪诞诡奇 guài dàn guǐ qí
怪调 guài diào
怪雨盲风 guài yǔ máng fēng
怵头 chù tóu
总务长 zǒng wù zhǎng
总参 zǒng cān
总合 zǒng hé
总和 zǒng hé
总工 zǒng gōng
总工会 zǒng gōng huì
总得 zǒng děi
总数 zǒng shù
总校 zǒng xiào
总的 zǒng de
总的说来 zǒng de shuō lái
总称 zǒng chēng
总结 zǒng jié
总罢工 zǒng bà gōng
总行 zǒng xíng
总角 zǒng jiǎo
总角之交 zǒng jiǎo zhī jiāo
总角之好 zǒng jiǎo zhī hǎo
总论 zǒng lùn
总评 zǒng píng
总量 zǒng liàng
总长 zǒng zhǎng
恁地 nèn dì
恋乡 liàn xiāng
恋家 liàn jiā
恋恋不舍 liàn liàn bù shě
恋恋难舍 liàn liàn nán shě
恍然若失 huǎng rán ruò shī
恐吓 kǒng hè
恒河一沙 héng hé yī shā
恒河沙数 héng hé shā shù
恒量 héng liàng
恕不奉陪 shù bù fèng péi
恢复期 huī fù qī
恢宏大度 huī hóng dà dù
恢廓大度 huī kuò dà dù
恢恢有余 huī huī yǒu yú
恣凶稔恶 zì xiōng rěn è
恣意妄行 zì yì wàng xíng
恨不得 hèn bù dé
恨不能 hèn bù néng
恨之入骨 hèn zhī rù gǔ
恨海难填 hèn hǎi nán tián
恩仇 ēn chóu
恩威并用 ēn wēi bìng yòng
恩威并行 ēn wēi bìng xíng
恩将仇报 ēn jiāng chóu bào
恩怨分明 ēn yuàn fēn míng
恩恩相报 ēn ēn xiāng bào
恩有重报 ēn yǒu zhòng bào
恩深义重 ēn shēn yì zhòng
恩甚怨生 ēn shèn yuàn shēng
恩若再生 ēn ruò zài shēng
恩重如山 ēn zhòng rú shān
恩重泰山 ēn zhòng tài shān
恫吓 dòng hè
恫疑虚猲 dòng yí xū gé
恬不知羞 tián bù zhī xiū
恬和 tián hé
恭听 gōng tīng
恭敬不如从命 gōng jìng bù rú cóng mìng
恭而有礼 gōng ér yǒu lǐ
恭行天罚 gōng xíng tiān fá
恭逢其盛 gōng féng qí shèng
息事宁人 xī shì níng rén
息息相关 xī xī xiāng guān
息息相通 xī xī xiāng tōng
息率 xī lǜ
恰似 qià sì
恰切 qià qiē
恰好 qià hǎo
恰如其分 qià rú qí fèn
恰当 qià dàng
恳切 kěn qiè
恶不去善 wù bù qù shàn
恶事 è shì
恶事传千里 è shì chuán qiān lǐ
恶事行千里 è shì xíng qiān lǐ
恶人 è rén
恶变 è biàn
恶名 è míng
恶向胆边生 è xiàng dǎn biān shēng
恶噷噷 è hěn hěn
恶声 è shēng
恶居下流 wù jū xià liú
恶心 ě xīn
恶念 è niàn
恶性 è xìng
恶性循环 è xìng xún huán
恶恶从短 wù wù cóng duǎn
恶报 è bào
恶斗 è dòu
恶有恶报 è yǒu è bào
恶湿居下 wù shī jū xià
恶直丑正 è zhí chǒu zhèng
恶相 è xiàng
恶籍盈指 è jí yíng zhǐ
恶紫夺朱 wù zǐ duó zhū
恶臭 è chòu
恶行 è xíng
恶衣恶食 è yī è shí
恶衣粝食 è yī lì shí
恶衣菲食 è yī fēi shí
恶衣蔬食 è yī shū shí
恶补 è bǔ
恶言 è yán
恶言厉色 è yán lì sè
恶语 è yǔ
恶语伤人 è yǔ shāng rén
恶语伤人六月寒 è yǔ shāng rén liù yuè hán
恶语相加 è yǔ xiāng jiā
恶迹 è jì
恶迹昭着 è jì zhāo zhe
恶醉强酒 wù zuì qiǎng jiǔ
恶露 è lù
恶鬼 è guǐ
恻隐 cè yǐn
恻隐之心 cè yǐn zhī xīn
悃愊无华 kǔn bì wú huá
悄声 qiǎo shēng
悄悄 qiāo qiāo
悄悄话 qiāo qiāo huà
悄没声 qiǎo méi shēng
悄然 qiǎo rán
悄然无声 qiǎo rán wú shēng
悉索薄赋 xī suǒ bó fù
悍将 hàn jiàng
悍然不顾 hàn rán bù gù
悒悒不乐 yì yì bù lè
悔不该 huǐ bù gāi
悔读南华 huǐ dú nán huá
悔过 huǐ guò
悟出 wù chū
悟空 wù kōng
悠游自得 yōu yóu zì dé
悠然自得 yōu rán zì dé
患得患失 huàn dé huàn shī
患难 huàn nàn
患难之交 huàn nàn zhī jiāo
悬崖勒马 xuán yá lè mǎ
悬崖撒手 xuán yá sā shǒu
悬崖转石 xuán yá zhuǎn shí
悬旌万里 xuán jīng wàn lǐ
悬梁刺骨 xuán liáng cì gǔ
悬石程书 xuán dàn chéng shū
悬若日月 xuán ruò rì yuè
悬车之岁 xuán chē zhī suì
悬车告老 xuán chē gào lǎo
悬车束马 xuán chē shù mǎ
悬驼就石 xuán tuó jiù shí
悬鹑百结 xuán chún bǎi jié
悬鼓待椎 xuán gǔ dài zhuī
悬龟系鱼 xuán guī xì yú
悲不自胜 bēi bù zì shèng
悲从中来 bēi cóng zhōng lái
悲切 bēi qiè
悲咽 bēi yè
悲声载道 bēi shēng zài dào
悲悲切切 bēi bēi qiè qiē
悲欢离合 bēi huān lí hé
悲观 bēi guān
悲观主义 bēi guān zhǔ yì
情凄意切 qíng qī yì qiè
情同一家 qíng tóng yī jiā
情同手足 qíng tóng shǒu zú
情同骨肉 qíng tóng gǔ ròu
情孚意合 qíng fú yì hé
情投契合 qíng tóu qì hé
情投意合 qíng tóu yì hé
情投谊合 qíng tóu yì hé
情深义重 qíng shēn yì zhòng
情深似海 qíng shēn sì hǎi
情深意重 qíng shēn yì zhòng
情深意长 qíng shēn yì cháng
情深骨肉 qíng shēn gǔ ròu
情真意切 qíng zhēn yì qiè
情至意尽 qíng zhì yì jìn
情见乎言 qíng jiàn hū yán
情见乎辞 qíng xiàn hū cí
情见于色 qíng jiàn yú sè
情见力屈 qíng xiàn lì qū
情见势屈 qíng xiàn shì qū
情见埶竭 qíng jiàn shì jié
情调 qíng diào
情逾骨肉 qíng yú gǔ ròu
情长纸短 qíng cháng zhǐ duǎn
情非得已 qíng fēi dé yǐ
惊倒 jīng dǎo
惊天动地 jīng tiān dòng dì
惊天地泣鬼神 jīng tiān dì qì guǐ shén
惊蛇入草 jīng shé rù cǎo
惊跳 jīng tiào
惊险片 jīng xiǎn piàn
惊风 jīng fēng
惘然若失 wǎng rán ruò shī
惜客好义 xī kè hào yì
惟命是从 wéi mìng shì cóng
惟日为岁 wéi rì wéi suì
惟肖惟妙 wéi xiāo wéi miào
惠风 huì fēng
惨不忍言 cǎn bù rěn yán
惨然不乐 cǎn rán bù lè
惨绿年华 cǎn lǜ nián huá
惨绿愁红 cǎn lǜ chóu hóng
惨雨酸风 cǎn yǔ suān fēng
惩恶劝善 chéng è quàn shàn
惩艾 chéng yì
惬心贵当 qiè xīn guì dāng
惮赫千里 dàn hè qiān lǐ
想不开 xiǎng bù kāi
想头 xiǎng tou
想望丰采 xiǎng wàng fēng cǎi
想望风采 xiǎng wàng fēng cǎi
想着 xiǎng zhe
想见 xiǎng jiàn
惶惶不可终日 huáng huáng bù kě zhōng rì
愀然不乐 qiǎo rán bù lè
愀然无乐 qiǎo rán wú lè
愁多夜长 chóu duō yè cháng
愁山闷海 chóu shān mèn hǎi
愁潘病沈 chóu pān bìng shěn
愁红怨绿 chóu hóng yuàn lǜ
愁红惨绿 chóu hóng cǎn lǜ
愁肠九转 chóu cháng jiǔ zhuǎn
愁肠百结 chóu cháng bǎi jié
愁长殢酒 chóu cháng tì jiǔ
愆期 qiān qī
愈发 yù fā
愈合 yù hé
意中 yì zhōng
意中人 yì zhōng rén
意义深长 yì yì shēn cháng
意会 yì huì
意兴 yì xìng
意合情投 yì hé qíng tóu
意味深长 yì wèi shēn cháng
意味着 yì wèi zhe
意广才疏 yì guǎng cái shū
意气相得 yì qì xiāng dé
意气相投 yì qì xiāng tóu
意气风发 yì qì fēng fā
意满志得 yì mǎn zhì dé
意见 yì jiàn
意识 yì shí
意转心回 yì zhuǎn xīn huí
愚弄 yú nòng
愚昧无知 yú mèi wú zhī
愚氓 yú méng
愚蒙 yú méng
愚见 yú jiàn
感光度 gǎn guāng dù
感光片 gǎn guāng piàn
感冒 gǎn mào
感发 gǎn fā
感叹句 gǎn tàn jù
感同身受 gǎn tóng shēn shòu
感天动地 gǎn tiān dòng dì
感应 gǎn yìng
感应圈 gǎn yìng quān
感应电流 gǎn yìng diàn liú
感性认识 gǎn xìng rèn shí
感恩荷德 gǎn ēn hè dé
感慨万千 gǎn kǎi wàn qiān
感激不尽 gǎn jī bù jìn
感知 gǎn zhī
感觉 gǎn jué
感觉器官 gǎn jué qì guān
感谢信 gǎn xiè xìn
愣是 lèng shì
愤不欲生 fèn bù yù shēng
愤不顾身 fèn bù gù shēn
愤愤不平 fèn fèn bù píng
愧天怍人 kuì tiān zuò rén
愧悔无地 kuì huǐ wú dì
慈和 cí hé
慈悲为本 cí bēi wéi běn
慈父 cí fù
慌不择路 huāng bù zé lù
慎行 shèn xíng
慎重 shèn zhòng
慑于 shè yú
慕古薄今 mù gǔ bó jīn
慢条丝礼 màn tiáo sī lǐ
慢条厮礼 màn tiáo sī lǐ
慢条斯礼 màn tiáo sī lǐ
慢说 màn shuō
慢车 màn chē
慢车道 màn chē dào
慰藉 wèi jiè
慰问品 wèi wèn pǐn
慰问电 wèi wèn diàn
慷慨输将 kāng kǎi shū jiāng
憎恶 zēng wù
憎爱分明 zēng ài fēn míng
憷头 chù tóu
懂得 dǒng de
懂行 dǒng háng
懒得 lǎn de
懒觉 lǎn jiào
懒骨头 lǎn gǔ tou
懦词怪说 nuò cí guài shuō
戈兰高地 gē lán gāo dì
戎行 róng háng
戏单 xì dān
戏弄 xì nòng
戏彩娱亲 xì cǎi yú qīn
戏文 xì wén
戏曲 xì qǔ
戏曲片 xì qǔ piàn
戏本 xì běn
戏校 xì xiào
戏水 xì shuǐ
戏法 xì fǎ
戏目 xì mù
戏蝶游蜂 xì dié yóu fēng
戏衣 xì yī
戏装 xì zhuāng
戏言 xì yán
戏评 xì píng
戏说 xì shuō
戏路 xì lù
成一家言 chéng yī jiā yán
成个儿 chéng gè er
成也萧何败萧何 chéng yě xiāo hé bài xiāo hé
成事不说 chéng shì bù shuō
成亲 chéng qīn
成仇 chéng chóu
成体 chéng tǐ
成佛作祖 chéng fó zuò zǔ
成分 chéng fèn
成功率 chéng gōng lǜ
成千上万 chéng qiān shàng wàn
成千成万 chéng qiān chéng wàn
成千累万 chéng qiān lèi wàn
成千论万 chéng qiān lùn wàn
成名成家 chéng míng chéng jiā
成品粮 chéng pǐn liáng
成家 chéng jiā
成家立计 chéng jiā lì jì
成宿 chéng xiǔ
成年累月 chéng nián lěi yuè
成数 chéng shù
成活率 chéng huó lǜ
成绩单 chéng jì dān
成群结党 chéng qún jié dǎng
成行 chéng háng
成见 chéng jiàn
成语 chéng yǔ
成说 chéng shuō
成败得失 chéng bài dé shī
成败论人 chéng bài lùn rén
成都 chéng dū
成都市 chéng dū shì
成都平原 chéng dū píng yuán
成长 chéng zhǎng
成风 chéng fēng
我们 wǒ men
我们的 wǒ men de
我们自己 wǒ men zì jǐ
我们自己的 wǒ men zì jǐ de
我家 wǒ jiā
我行我素 wǒ xíng wǒ sù
我见 wǒ jiàn
戒尺 jiè chǐ
戗脊 qiàng jǐ
戗金 qiàng jīn
戗面 qiàng miàn
戗面馒头 qiàng miàn mán tou
戗风 qiāng fēng
战区 zhàn qū
战地 zhàn dì
战天斗地 zhàn tiān dòu dì
战将 zhàn jiàng
战斗 zhàn dòu
战斗英雄 zhàn dòu yīng xióng
战无不克 zhàn wú bù kè
战无不胜 zhàn wú bù shèng
战死 zhàn sǐ
战车 zhàn chē
戚家军 qī jiā jūn
戚属 qī shǔ
戟指嚼舌 jǐ zhǐ jiáo shé
截然不同 jié rán bù tóng
截铁斩钉 jié tiě zhǎn dìng
截长补短 jié cháng bǔ duǎn
戮力同心 lù lì tóng xīn
戮力齐心 lù lì qí xīn
戴发含牙 dài fā hán yá
戴发含齿 dài fā hán chǐ
戴天履地 dài tiān lǚ dì
戴天蹐地 dài tiān jí dì
戴日戴斗 dài rì dài dòu
戴笠乘车 dài lì chéng chē
户头 hù tóu
户曹参军 hù cáo cān jūn
户调 hù diào
户长 hù zhǎng
户限为穿 hù xiàn wéi chuān
戽斗 hù dǒu
房地 fáng dì
房源 fáng yuán
房脊 fáng jí
房舍 fáng shè
房间 fáng jiān
所剩无几 suǒ shèng wú jǐ
所在地 suǒ zài dì
所属 suǒ shǔ
所得 suǒ de
所得税 suǒ dé shuì
所有 suǒ yǒu
所知 suǒ zhī
所见略同 suǒ jiàn lüè tóng
所说 suǒ shuō
所长 suǒ zhǎng
扁扁 biǎn biǎn
扁柏 biǎn bǎi
扁舟 piān zhōu
扁豆 biǎn dòu
扁食 biǎn shí
扁骨 biǎn gǔ
扇动 shān dòng
扇席温枕 shàn xí wēn zhěn
扇形 shàn xíng
扇枕温被 shān zhěn wēn bèi
扇火止沸 shàn huǒ zhǐ fèi
扇贝 shàn bèi
扇车 shàn chē
扇面 shàn miàn
扇面儿 shàn miàn ér
扇风 shān fēng
扇风点火 shàn fēng diǎn huǒ
扇骨 shàn gǔ
手上 shǒu shàng
手下败将 shǒu xià bài jiàng
手不应心 shǒu bù yīng xīn
手不释卷 shǒu bù shì juàn
手卷 shǒu juàn
手大 shǒu dà
手头 shǒu tóu
手底下 shǒu dǐ xià
手把手 shǒu bǎ shǒu
手推车 shǒu tuī chē
手提包 shǒu tí bāo
手术 shǒu shù
手术刀 shǒu shù dāo
手榴弹 shǒu liú dàn
手模 shǒu mó
手泽 shǒu zé
手泽之遗 shǒu zé zhī yí
手爪 shǒu zhǎo
手相 shǒu xiàng
手背 shǒu bèi
手语 shǒu yǔ
手足重茧 shǒu zú chóng jiǎn
手车 shǒu chē
手轻 shǒu qīng
手重 shǒu zhòng
手风 shǒu fēng
手风琴 shǒu fēng qín
才分 cái fèn
才华 cái huá
才华横溢 cái huá héng yì
才华超众 cái huá chāo zhòng
才占八斗 cái zhān bā dǒu
才多识寡 cái duō shí guǎ
才大如海 cái dà rú hǎi
才大难用 cái dà nán yòng
才夸八斗 cái kuā bā dǒu
才女 cái nǚ
才干 cái gàn
才广妨身 cái guǎng fáng shēn
才气过人 cái qì guò rén
才疏学浅 cái shū xué qiǎn
才疏德薄 cái shū dé bó
才疏志大 cái shū zhì dà
才疏意广 cái shū yì guǎng
才能 cái néng
才蔽识浅 cái bì shí qiǎn
才薄智浅 cái bó zhì qiǎn
才识 cái shí
才识过人 cái shí guò rén
才轻德薄 cái qīng dé bó
才高八斗 cái gāo bā dǒu
才高意广 cái gāo yì guǎng
才高行厚 cái gāo xíng hòu
扎手 zhā shǒu
扎扎 zhā zhā
扎染 zā rǎn
扎破 zhā pò
扎耳朵 zhā ěr duo
扎花 zhā huā
扑地 pū dì
扑地掀天 pū dì xiān tiān
扑天盖地 pū tiān gài dì
扑打 pū dǎ
扑空 pū kōng
扒开 bā kāi
扒手 pá shǒu
扒拉 bā lā
扒灰 pá huī
扒窃 pá qiè
扒粪 pá fèn
扒糕 pá gāo
扒耳搔腮 pá ěr sāo sāi
扒草 pá cǎo
扒车 bā chē
扒鸡 pá jī
打一折 dǎ yì zhé
打下 dǎ xià
打下手 dǎ xià shǒu
打中 dǎ zhòng
打乱 dǎ luàn
打交道 dǎ jiāo dào
打从 dǎ cóng
打伙儿 dǎ huǒ er
打倒 dǎ dǎo
打光棍 dǎ guāng gùn
打光棍儿 dǎ guāng gùn er
打凤捞龙 dǎ fèng lāo lóng
打凤牢龙 dǎ fèng láo lóng
打击 dǎ jī
打击乐 dǎ jī yuè
打击乐器 dǎ jī yuè qì
打击报复 dǎ jī bào fù
打分 dǎ fēn
打动 dǎ dòng
打包 dǎ bāo
打卤面 dǎ lǔ miàn
打印 dǎ yìn
打印纸 dǎ yìn zhǐ
打发 dǎ fā
打听 dǎ tīng
打呼 dǎ hū
打哈哈 dǎ hā hā
打嘴 dǎ zuǐ
打坐 dǎ zuò
打埋伏 dǎ mái fú
打天下 dǎ tiān xià
打头 dǎ tóu
打头炮 dǎ tóu pào
打头风 dǎ tóu fēng
打字 dǎ zì
打字纸 dǎ zì zhǐ
打家劫舍 dǎ jiā jié shè
打家截舍 dǎ jiā jié shè
打家截道 dǎ jiā jié dào
打富济贫 dǎ fù jì pín
打小报告 dǎ xiǎo bào gào
打尖 dǎ jiān
打工 dǎ gōng
打工仔 dǎ gōng zǎi
打平 dǎ píng
打开 dǎ kāi
打开天窗说亮话 dǎ kāi tiān chuāng shuō liàng huà
打得火热 dǎ dé huǒ rè
打总 dǎ zǒng
打成一片 dǎ chéng yī piàn
打手 dǎ shǒu
打扮 dǎ bàn
打抱不平 dǎ bào bù píng
打招呼 dǎ zhāo hū
打拱 dǎ gǒng
打挺儿 dǎ tǐng ér
打援 dǎ yuán
打搅 dǎ jiǎo
打斗 dǎ dòu
打断 dǎ duàn
打旋 dǎ xuán
打春 dǎ chūn
打更 dǎ gēng
打杂 dǎ zá
打杂儿 dǎ zá er
打比 dǎ bǐ
打比方 dǎ bǐ fāng
打毛衣 dǎ máo yī
打水 dǎ shuǐ
打油 dǎ yóu
打油诗 dǎ yóu shī
打法 dǎ fǎ
打游击 dǎ yóu jī
打滚 dǎ gǔn
打滚儿 dǎ gǔn er
打火 dǎ huǒ
打炮 dǎ pào
打点 dǎ diǎn
打照面儿 dǎ zhào miàn er
打牙犯嘴 dǎ yá fàn zuǐ
打牙配嘴 dǎ yá pèi zuǐ
打狗看主 dǎ gǒu kàn zhǔ
打电报 dǎ diàn bào
打电话 dǎ diàn huà
打的 dǎ dī
打瞌睡 dǎ kē shuì
打短工 dǎ duǎn gōng
打破 dǎ pò
打破常规 dǎ pò cháng guī
打破迷关 dǎ pò mí guān
打私 dǎ sī
打秋风 dǎ qiū fēng
打结 dǎ jié
打耳光 dǎ ěr guāng
打胜 dǎ shèng
打草 dǎ cǎo
打草惊蛇 dǎ cǎo jīng shé
打落 dǎ luò
打蔫儿 dǎ niān ér
打虎牢龙 dǎ hǔ láo lóng
打蛇打七寸 dǎ shé dǎ qī cùn
打街骂巷 dǎ jiē mà xiàng
打赌 dǎ dǔ
打趸儿 dǎ dǔn ér
打转 dǎ zhuàn
打边鼓 dǎ biān gǔ
打退 dǎ tuì
打退堂鼓 dǎ tuì táng gǔ
打通 dǎ tōng
打通关 dǎ tōng guān
打量 dǎ liàng
打铁 dǎ tiě
打铁趁热 dǎ tiě chèn rè
打门 dǎ mén
打问 dǎ wèn
打顶 dǎ dǐng
打颤 dǎ zhàn
打食 dǎ shí
打鬼 dǎ guǐ
打鱼 dǎ yú
打鸣儿 dǎ míng ér
打鼓 dǎ gǔ
托之空言 tuō zhī kōng yán
托于空言 tuō yú kōng yán
托公行私 tuō gōng xíng sī
托物寓兴 tuō wù yù xīng
托诸空言 tuō zhū kōng yán
扛大个儿 káng dà gè er
扛活 káng huó
扛长工 káng cháng gōng
扛鼎 gāng dǐng
扛鼎抃牛 gāng dǐng biàn niú
扛鼎拔山 gāng dǐng bá shān
扞格不入 hàn gé bù rù
扣分 kòu fēn
扣压 kòu yā
扣发 kòu fā
扣壶长吟 kòu hú cháng yín
扣头 kòu tóu
扣楫中流 kòu jí zhōng liú
执两用中 zhí liǎng yòng zhōng
执委 zhí wěi
执意不从 zhí yì bù cóng
执拗 zhí niù
执法不阿 zhí fǎ bù ā
执法犯法 zhí fǎ fàn fǎ
执泥 zhí ní
执着 zhí zhuó
执罚 zhí fá
执著 zhí zhuó
执行 zhí xíng
执迷不反 zhí mí bù fǎn
执迷不返 zhí mí bù fǎn
扩大 kuò dà
扩招 kuò zhāo
扪参历井 mén shēn lì jǐng
扫兴 sǎo xìng
扫地 sǎo dì
扫地以尽 sǎo dì yǐ jìn
扫地俱尽 sǎo dì jù jìn
扫地出门 sǎo dì chū mén
扫地无余 sǎo dì wú yú
扫地无遗 sǎo dì wú yí
扫射 sǎo shè
扫帚 sào zhǒu
扫帚星 sào zhǒu xīng
扫平 sǎo píng
扫数 sǎo shù
扫清 sǎo qīng
扫灭 sǎo miè
扫视 sǎo shì
扫除 sǎo chú
扫除天下 sǎo chú tiān xià
扫黄 sǎo huáng
扬厉铺张 yáng lì pù zhāng
扬名显亲 yáng míng xiǎn qīn
扬己露才 yáng jǐ lù cái
扬手 yáng shǒu
扬扬自得 yáng yáng zì dé
扬汤止沸 yáng tāng zhǐ fèi
扬眉眴目 yáng méi shùn mù
扬铃打鼓 yáng líng dǎ gǔ
扬长 yáng cháng
扬长而去 yáng cháng ér qù
扬长避短 yáng cháng bì duǎn
扬风扢雅 yáng fēng jié yǎ
扭头 niǔ tóu
扭打 niǔ dǎ
扭曲 niǔ qū
扭曲作直 niǔ qū zuò zhí
扭结 niǔ jié
扭转 niǔ zhuǎn
扭转乾坤 niǔ zhuǎn qián kūn
扭转干坤 niǔ zhuǎn gàn kūn
扮相 bàn xiàng
扯旗放炮 chě qí fàng pào
扯空砑光 chě kōng yà guāng
扯篷拉纤 chě péng lā qiàn
扯纤拉烟 chě qiàn lā yān
扳倒 bān dǎo
扶上马 fú shàng mǎ
扶危济困 fú wēi jì kùn
扶危济急 fú wēi jì jí
扶弱抑强 fú ruò yì qiáng
扶摇万里 fú yáo wàn lǐ
扶摇直上 fú yáo zhí shàng
扶正 fú zhèng
扶风 fú fēng
批发 pī fā
批发商 pī fā shāng
批吭捣虚 pī háng dǎo xū
批斗 pī dòu
批砉导窾 pī huā dǎo kuǎn
批红判白 pī hóng pàn bái
批评家 pī píng jiā
批语 pī yǔ
批转 pī zhuǎn
批量 pī liàng
批风抹月 pī fēng mò yuè
扼亢拊背 è kàng fǔ bèi
扼吭夺食 è háng duó shí
扼吭拊背 è háng fǔ bèi
扼喉抚背 è hóu fǔ bèi
扼腕长叹 è wàn cháng tàn
找头 zhǎo tou
找婆家 zhǎo pó jiā
找着 zhǎo zháo
找碴 zhǎo chá
找碴儿 zhǎo chá ér
找窍门 zhǎo qiào mén
找茬儿 zhǎo chá er
承上启下 chéng shàng qǐ xià
承上起下 chéng shàng qǐ xià
承传 chéng chuán
承修 chéng xiū
承嬗离合 chéng shàn lí hé
承应 chéng yìng
承当 chéng dāng
承蒙 chéng méng
承转 chéng zhuǎn
承重 chéng zhòng
技工学校 jì gōng xué xiào
技术 jì shù
技术革命 jì shù gé mìng
技能 jì néng
抄家 chāo jiā
抄查 chāo chá
抄没 chāo mò
抉奥阐幽 jué ào chǎn yōu
抉择 jué zé
把关 bǎ guān
把口儿 bǎ kǒu er
把头 bǎ tóu
把守 bǎ shǒu
把家 bǎ jiā
把手 bǎ shǒu
把持 bǎ chí
把持不定 bǎ chí bù dìng
把水搅浑 bǎ shuǐ jiǎo hún
把牢 bǎ láo
把玩 bǎ wán
把玩无厌 bǎ wán wú yàn
把脉 bǎ mài
把薪助火 bǎ xīn zhù huǒ
把角 bǎ jiǎo
把酒 bǎ jiǔ
把门 bǎ mén
把风 bǎ fēng
抑塞磊落 yì sè lěi luò
抑菌作用 yì jūn zuò yòng
抒发 shū fā
抓差 zhuā chāi
抓斗 zhuā dòu
抓空儿 zhuā kòng er
投井下石 tóu jǐng xià shí
投亲 tóu qīn
投传而去 tóu zhuàn ér qù
投其所好 tóu qí suǒ hào
投卵击石 tóu luǎn jī shí
投合 tóu hé
投契 tóu qì
投宿 tóu sù
投射 tóu shè
投弹 tóu dàn
投梭折齿 tóu suō zhé chǐ
投水 tóu shuǐ
投河 tóu hé
投河奔井 tóu hé bēn jǐng
投石 tóu shí
投石下井 tóu shí xià jǐng
投石问路 tóu shí wèn lù
投笔从戎 tóu bǐ cóng róng
投膏止火 tóu gāo zhǐ huǒ
投诉率 tóu sù lǜ
投送 tóu sòng
投阱下石 tóu jǐng xià shí
投降 tóu xiáng
抖威风 dǒu wēi fēng
抖擞 dǒu sǒu
抖擞精神 dǒu sǒu jīng shén
抖落 dǒu luò
抖颤 dǒu chàn
抗上 kàng shàng
抗寒 kàng hán
抗暴 kàng bào
抗热 kàng rè
抗菌素 kàng jūn sù
折中 zhé zhōng
折中主义 zhé zhōng zhǔ yì
折光 zhé guāng
折冲 zhé chōng
折刀 zhé dāo
折半 zhé bàn
折变 zhé biàn
折叠 zhé dié
折合 zhé hé
折回 zhé huí
折堕 shé duò
折头 zhé tou
折射 zhé shè
折尺 zhé chǐ
折戟沉沙 zhé jǐ chén shā
折断 zhé duàn
折旧 zhé jiù
折本 shé běn
折枝 zhé zhī
折桂 zhé guì
折槁振落 zhé gǎo zhèn luò
折矩周规 zhé jǔ zhōu guī
折秤 shé chèng
折箭为誓 shé jiàn wéi shì
折纸 zhé zhǐ
折耗 shé hào
折胶堕指 zhé jiāo duò zhǐ
折腰 zhé yāo
折腰五斗 shé yāo wǔ dòu
折跟头 zhē gēn tou
折转 zhé zhuǎn
折辱 zhé rǔ
折返 zhé fǎn
折长补短 zhé cháng bǔ duǎn
抚弄 fǔ nòng
抚摩 fǔ mó
抚景伤情 fǔ jǐng shāng qíng
抚绥万方 fǔ suí wàn fāng
抛到一边 pāo dào yì biān
抛头露面 pāo tóu lù miàn
抛射 pāo shè
抛洒 pāo sǎ
抛空 pāo kōng
抛舍 pāo shě
抟沙嚼蜡 tuán shā jiáo là
抟香弄粉 tuán xiāng nòng fěn
抠心挖血 kōu xīn wā xuè
抠着手掌 kōu zhe shǒu zhǎng
抢亲 qiǎng qīn
抢修 qiǎng xiū
抢先 qiǎng xiān
抢劫 qiǎng jié
抢劫犯 qiǎng jié fàn
抢占 qiǎng zhàn
抢嘴 qiǎng zuǐ
抢地呼天 qiāng dì hū tiān
抢工 qiǎng gōng
抢建 qiǎng jiàn
抢手 qiǎng shǒu
抢拍 qiǎng pāi
抢攻 qiǎng gōng
抢救 qiǎng jiù
抢时间 qiǎng shí jiān
抢点 qiǎng diǎn
抢白 qiǎng bái
抢话 qiǎng huà
抢风 qiāng fēng
护从 hù cóng
护发 hù fà
护士长 hù shì zhǎng
护校 hù xiào
护身 hù shēn
护过饰非 hù guò shì fēi
报仇 bào chóu
报信 bào xìn
报单 bào dān
报头 bào tóu
报应 bào yìng
报效万一 bào xiào wàn yī
报数 bào shù
报知 bào zhī
报送 bào sòng
报销差旅费 bào xiāo chāi lǚ fèi
抨弹 pēng tán
披卷 pī juàn
披发 pī fà
披发入山 pī fà rù shān
披发文身 pī fà wén shēn
披发缨冠 pī fā yīng guàn
披头 pī tóu
披头散发 pī tóu sàn fà
披心沥血 pī xīn lì xuè
披榛采兰 pī zhēn cǎi lán
披毛戴角 pī máo dài jiǎo
披沙拣金 pī shā jiǎn jīn
披沙简金 pī shā jiǎn jīn
披红 pī hóng
披红戴花 pī hóng dài huā
披红挂绿 pī hóng guà lǜ
披肝沥血 pī gān lì xuè
披肩发 pī jiān fà
披露 pī lù
披露腹心 pī lù fù xīn
披靡 pī mǐ
披风 pī fēng
抬头 tái tóu
抱不平 bào bù píng
抱佛脚 bào fó jiǎo
抱关执钥 bào guān zhí yuè
抱打不平 bào dǎ bù píng
抱朴含真 bào pǔ hán zhēn
抱枝拾叶 bào zhī shí yè
抱柱之信 bào zhù zhī xìn
抱椠怀铅 bào qiàn huái qiān
抱璞泣血 bào pú qì xuè
抱蔓摘瓜 bào wàn zhāi guā
抵不上 dǐ bù shàng
抵交 dǐ jiāo
抵得上 dǐ de shàng
抵押金 dǐ yā jīn
抵死瞒生 dǐ sǐ mán shēng
抵背扼喉 dǐ bèi è hóu
抵近 dǐ jìn
抵还 dǐ hái
抹下来 mā xià lái
抹不开 mò bù kāi
抹布 mā bù
抹月批风 mǒ yuè pī fēng
抹月秕风 mǒ yuè bǐ fēng
抹桌子 mā zhuō zi
抹稀泥 mǒ xī ní
抹粉 mǒ fěn
抹胸 mò xiōng
押头 yā tou
押当 yā dàng
押解 yā jiè
押车 yā chē
抽咽 chōu yè
抽头 chōu tóu
抽成 chōu chéng
抽打 chōu dǎ
抽斗 chōu dǒu
抽查 chōu chá
抽样调查 chōu yàng diào chá
抽祕骋妍 chōu bì chěng yán
抽秘骋妍 chōu mì chěng yán
抽空 chōu kòng
抽筋剥皮 chōu jīn bāo pí
抽筋拔骨 chōu jīn bá gǔ
抽缩 chōu suō
抽肥补瘦 chōu féi bǔ shòu
抽胎换骨 chōu tāi huàn gǔ
抽调 chōu diào
抽风 chōu fēng
拂拭 fú shì
拂袖 fú xiù
拂袖而归 fú xiù ér guī
拂面 fú miàn
拄笏看山 zhǔ hù kàn shān
拄颊看山 zhǔ jiá kàn shān
担保 dān bǎo
担保人 dān bǎo rén
担当 dān dāng
担心 dān xīn
担惊受恐 dān jīng shòu kǒng
担担面 dàn dàn miàn
担雪塞井 dān xuě sāi jǐng
担雪填井 dān xuě tián jǐng
担雪填河 dān xuě tián hé
拆东补西 chāi dōng bǔ xī
拆借 chāi jiè
拆字 chāi zì
拆封 chāi fēng
拆建 chāi jiàn
拆开 chāi kāi
拆改 chāi gǎi
拆毁 chāi huǐ
拆牌道字 chāi pái dào zì
拆白道字 chāi bái dào zì
拆穿 chāi chuān
拆装 chāi zhuāng
拆西补东 chāi xī bǔ dōng
拆迁 chāi qiān
拈度 niān dù
拈毫弄管 niān háo nòng guǎn
拈花弄月 niān huā nòng yuè
拈轻怕重 niān qīng pà zhòng
拈轻掇重 niān qīng duō zhòng
拉三扯四 lā sān chě sì
拉下水 lā xià shuǐ
拉下马 lā xià mǎ
拉亏空 lā kuī kōng
拉交情 lā jiāo qíng
拉人 lā rén
拉伸 lā shēn
拉倒 lā dǎo
拉关系 lā guān xì
拉力 lā lì
拉力器 lā lì qì
拉家带口 lā jiā dài kǒu
拉山头 lā shān tóu
拉巴 lā bā
拉平 lā píng
拉开 lā kāi
拉德 lā dé
拉手 lā shǒu
拉扯 lā chě
拉拉 lā lā
拉拉扯扯 lā lā chě chě
拉拉杂杂 lā lā zá zá
拉拔 lā bá
拉捭摧藏 lā bǎi cuī cáng
拉杂 lā zá
拉枯折朽 lā kū shé xiǔ
拉洋片 lā yáng piàn
拉稀 lā xī
拉纤 lā qiàn
拉郎配 lā láng pèi
拉长 lā cháng
拉面 lā miàn
拉马克 lā mǎ kè
拊心泣血 fǔ xīn qì xuè
拊背扼吭 fǔ bèi è kēng
拊背扼喉 fǔ bèi è hóu
拌匀 bàn yún
拌和 bàn huò
拌嘴 bàn zuǐ
拍卖行 pāi mài háng
拍发 pāi fā
拍打 pāi dǎ
拍案惊奇 pāi àn jīng qí
拍片儿 pāi piān er
拏云攫石 ná yún jué shí
拏风跃云 ná fēng yuè yún
拐弯抹角 guǎi wān mò jiǎo
拐棍 guǎi gùn
拐棍儿 guǎi gùn er
拐角 guǎi jiǎo
拒不 jù bù
拓印 tà yìn
拓地 tuò dì
拓拔 tuò bá
拓本 tà běn
拓片 tà piàn
拔剑论功 bá jiàn lùn gōng
拔十得五 bá shí dé wǔ
拔地 bá dì
拔地倚天 bá dì yǐ tiān
拔地参天 bá dì cān tiān
拔地摇山 bá dì yáo shān
拔山扛鼎 bá shān gāng dǐng
拔本塞原 bá běn sè yuán
拔本塞源 bá běn sè yuán
拔苗助长 bá miáo zhù zhǎng
拖人落水 tuō rén luò shuǐ
拖儿带女 tuō ér dài nǚ
拖天扫地 tuō tiān sǎo dì
拖家带口 tuō jiā dài kǒu
拖拉 tuō lā
拖拖拉拉 tuō tuō lā lā
拖斗 tuō dǒu
拖沓 tuō tà
拖泥带水 tuō ní dài shuǐ
拖男带女 tuō nán dài nǚ
拖累 tuō lěi
拖车 tuō chē
拖长 tuō cháng
拖麻拽布 tuō má zhuài bù
拗不过 niù bù guò
拗口 ào kǒu
拗断 ǎo duàn
拘传 jū chuán
拘执 jū zhí
拘文牵义 jū wén qiān yì
拘束 jū shù
拘泥 jū nì
拘礼 jū lǐ
拘神遣将 jū shén qiǎn jiàng
拘管 jū guǎn
拙朴 zhuō piáo
拙见 zhuō jiàn
拚命 pàn mìng
招之即来 zhāo zhī jí lái
招亲 zhāo qīn
招供 zhāo gòng
招办 zhāo bàn
招干 zhāo gàn
招待 zhāo dài
招待会 zhāo dài huì
招数 zhāo shù
招行 zhāo háng
招降 zhāo xiáng
招降纳叛 zhāo xiáng nà pàn
招风 zhāo fēng
招风惹草 zhāo fēng rě cǎo
招风惹雨 zhāo fēng rě yǔ
招风揽火 zhāo fēng lǎn huǒ
拜上帝会 bài shàng dì huì
拜会 bài huì
拜佛 bài fó
拜倒 bài dǎo
拜倒辕门 bài dǎo yuán mén
拜别 bài bié
拜天地 bài tiān dì
拜将 bài jiàng
拜将封侯 bài jiàng fēng hóu
拜见 bài jiàn
拟于 nǐ yú
拟合 nǐ hé
拣佛烧香 jiǎn fó shāo xiāng
拣择 jiǎn zé
拥书南面 yōng shū nán miàn
拥军优属 yōng jūn yōu shǔ
拥塞 yōng sè
拥有 yōng yǒu
拧成一股绳 níng chéng yī gǔ shéng
拧脾气 nìng pí qì
拨万论千 bō wàn lùn qiān
拨万轮千 bō wàn lún qiān
拨乱反正 bō luàn fǎn zhèng
拨乱济时 bō luàn jì shí
拨云撩雨 bō yún liáo yǔ
拨云见日 bō yún jiàn rì
拨云雾见青天 bō yún wù jiàn qīng tiān
拨发 bō fā
拨嘴撩牙 bō zuǐ liáo yá
拨弄 bō nòng
拨拉 bō lā
拨给 bō gěi
拨草寻蛇 bō cǎo xún shé
拨草瞻风 bō cǎo zhān fēng
拨转 bō zhuǎn
拨雨撩云 bō yǔ liáo yún
择不开 zhái bù kāi
择交 zé jiāo
择吉 zé jí
择善而从 zé shàn ér cóng
择善而行 zé shàn ér xíng
择席 zhái xí
择日 zé rì
择期 zé qī
择福宜重 zé fú yí zhòng
择菜 zhái cài
择邻而居 zé lín ér jū
括起来 kuò qǐ lái
拭目以俟 shì mù yǐ sì
拱券 gǒng xuàn
拱圈 gǒng quān
拱手而降 gǒng shǒu ér xiáng
拱肩缩背 gǒng jiān suō bèi
拳中掿沙 quán zhōng nuò shā
拳参 quán cān
拳头 quán tou
拳头产品 quán tou chǎn pǐn
拳打 quán dǎ
拶子 zǎn zi
拶指 zǎn zhǐ
拷打 kǎo dǎ
拼合 pīn hé
拼斗 pīn dòu
拽耙扶犁 zhuāi pá fú lí
拾人唾余 shí rén tuò yú
拾带重还 shí dài zhòng huán
拾掇 shí duō
拾掇无遗 shí duō wú yí
拾级而上 shè jí ér shàng
拾遗 shí yí
拾陈蹈故 shí chén dǎo gù
拿不出手 ná bù chū shǒu
拿云攫石 ná yún jué shí
拿大 ná dà
拿大顶 ná dà dǐng
拿得起 ná de qǐ
拿得起来 ná de qǐ lái
拿摩温 ná mó wēn
拿粗夹细 ná cū jiā xì
拿粗挟细 ná cū xié xì
拿给 ná gěi
拿腔作调 ná qiāng zuò diào
拿腔拿调 ná qiāng ná diào
持之有故 chí zhī yǒu gù
持人长短 chí rén cháng duǎn
持家 chí jiā
持平之论 chí píng zhī lùn
持斋把素 chí zhāi bǎ sù
持有 chí yǒu
持权合变 chí quán hé biàn
持正 chí zhèng
持正不阿 chí zhèng bù ā
持续不断 chí xù bú duàn
持螯把酒 chí áo bǎ jiǔ
持论 chí lùn
持重 chí zhòng
挂一漏万 guà yī lòu wàn
挂冠 guà guān
挂单 guà dān
挂号 guà hào
挂号信 guà hào xìn
挂屏 guà píng
挂席为门 guà xí wéi mén
挂斗 guà dǒu
挂累 guà lěi
挂红 guà hóng
挂羊头卖狗肉 guà yáng tóu mài gǒu ròu
挂肚牵心 guà dù qiān xīn
挂起来 guà qǐ lái
挂车 guà chē
指不定 zhǐ bù dìng
指不胜偻 zhǐ bù shèng lǚ
指不胜屈 zhǐ bù shèng qū
指东划西 zhǐ dōng huà xī
指东说西 zhǐ dōng shuō xī
指亲托故 zhǐ qīn tuō gù
指供 zhǐ gòng
指南 zhǐ nán
指南攻北 zhǐ nán gōng běi
指南车 zhǐ nán chē
指天射鱼 zhǐ tiān shè yú
指天画地 zhǐ tiān huà dì
指头 zhǐ tou
指挥可定 zhǐ huī kě dìng
指挥若定 zhǐ huī ruò dìng
指掌可取 zhǐ zhǎng kě qǔ
指数 zhǐ shù
指日可下 zhǐ rì kě xià
指树为姓 zhǐ shù wéi xìng
指正 zhǐ zhèng
指甲盖 zhǐ jiǎ gài
指甲盖儿 zhǐ jiǎ gài er
指皁为白 zhǐ zào wéi bái
指皂为白 zhǐ zào wéi bái
指称 zhǐ chēng
指空话空 zhǐ kōng huà kōng
指雁为羹 zhǐ yàn wéi gēng
指骨 zhǐ gǔ
指鹿为马 zhǐ lù wéi mǎ
指麾可定 zhǐ huī kě dìng
挈瓶之知 qiè píng zhī zhì
按兵不动 àn bīng bù dòng
按劳分配 àn láo fēn pèi
按压 àn yā
按摩 àn mó
按期 àn qī
按甲休兵 àn jiǎ xiū bīng
按章给付 àn zhāng jǐ fù
按脉 àn mài
按行自抑 àn xíng zì yì
按语 àn yǔ
按说 àn shuō
按辔徐行 àn pèi xú xíng
按需分配 àn xū fēn pèi
挎包 kuà bāo
挎斗 kuà dǒu
挑三嫌四 tiāo sān xián sì
挑三拣四 tiāo sān jiǎn sì
挑三拨四 tiāo sān bō sì
挑三检四 tiāo sān jiǎn sì
挑三豁四 tiāo sān huō sì
挑中 tiāo zhòng
挑么挑六 tiāo yāo tiāo liù
挑刺 tiāo cì
挑刺儿 tiāo cì er
挑动 tiǎo dòng
挑唇料嘴 tiǎo chún liào zuǐ
挑嘴 tiāo zuǐ
挑头 tiāo tóu
挑幺挑六 tiāo yāo tiāo liù
挑弄 tiǎo nòng
挑拣 tiāo jiǎn
挑拨 tiǎo bō
挑拨离间 tiǎo bō lí jiàn
挑明 tiǎo míng
挑肥拣瘦 tiāo féi jiǎn shòu
挑花 tiǎo huā
挑错 tiāo cuò
挑错儿 tiāo cuò er
挑雪填井 tiāo xuě tián jǐng
挑食 tiāo shí
挖耳当招 wā ěr dāng zhāo
挛缩 luán suō
挟主行令 jiā zhǔ xíng lìng
挟天子以令天下 xié tiān zǐ yǐ lìng tiān xià
挟天子以令诸侯 xié tiān zǐ yǐ lìng zhū hóu
挟嫌 xié xián
挟嫌报复 xié xián bào fù
挟山超海 xié shān chāo hǎi
挠头 náo tóu
挠曲 náo qū
挠曲枉直 náo qū wǎng zhí
挡路 dǎng lù
挡车 dǎng chē
挡车工 dǎng chē gōng
挡风 dǎng fēng
挢抂过正 jiǎo kuáng guò zhèng
挢枉过正 jiǎo wǎng guò zhèng
挣命 zhèng mìng
挣扎 zhēng zhá
挣揣 zhèng chuài
挤占 jǐ zhàn
挤压 jǐ yā
挤牙膏 jǐ yá gāo
挤落 jǐ luò
挥发 huī fā
挥毫落纸 huī háo luò zhǐ
挥汗如雨 huī hàn rú yǔ
挥汗成雨 huī hàn chéng yǔ
挥沐吐餐 huī mù tǔ cān
挥洒 huī sǎ
挥洒自如 huī sǎ zì rú
挥霍无度 huī huò wú dù
挥鞭 huī biān
挦章撦句 xián zhāng chě jù
挨三顶五 āi sān dǐng wǔ
挨冻受饿 ái dòng shòu è
挨山塞海 āi shān sè hǎi
挨打 ái dǎ
挨时间 ái shí jiān
挨肩叠背 āi jiān dié bèi
挨肩搭背 āi jiān dā bèi
挨肩擦背 āi jiān cā bèi
挨肩擦膀 āi jiān cā bǎng
挨肩迭背 āi jiān dié bèi
挨说 ái shuō
挨近 āi jìn
挨饿 ái è
挫折 cuò zhé
振兴 zhèn xīng
振臂 zhèn bì
振臂一呼 zhèn bì yī hū
挺括 tǐng guā
挼好长发 ruó hǎo cháng fà
捆扎 kǔn zā
捉弄 zhuō nòng
捉影捕风 zhuō yǐng bǔ fēng
捉摸不定 zhuō mō bù dìng
捉衿肘见 zhuō jīn zhǒu jiàn
捉襟肘见 zhuō jīn zhǒu jiàn
捉迷藏 zhuō mí cáng
捉风捕月 zhuō fēng bǔ yuè
捋虎须 luō hǔ xū
捋袖子 luō xiù zi
捋袖揎拳 luō xiù xuān quán
捎信 shāo xìn
捎话 shāo huà
捏合 niē hé
捏弄 niē nòng
捕头 bǔ tóu
捕影系风 bǔ yǐng xì fēng
捕风弄月 bǔ fēng nòng yuè
捕食 bǔ shí
损上益下 sǔn shàng yì xià
损兵折将 sǔn bīng zhé jiàng
损军折将 sǔn jūn zhé jiàng
捡便宜 jiǎn pián yí
捡拾 jiǎn shí
捡破烂儿 jiǎn pò làn er
捡起来 jiǎn qǐ lái
换个儿 huàn gè ér
换亲 huàn qīn
换斗移星 huàn dǒu yí xīng
换血 huàn xiě
换行 huàn háng
捣虚批吭 dǎo xū pī háng
据为己有 jù wéi jǐ yǒu
据义履方 jù yì lǚ fāng
据图刎首 jù tú wěn shǒu
据理力争 jù lǐ lì zhēng
据高临下 jù gāo lín xià
捰袖揎拳 luò xiù xuān quán
捱风缉缝 āi fēng qī fèng
捶背 chuí bèi
捷报频传 jié bào pín chuán
捷足先得 jié zú xiān dé
捷雷不及掩耳 jié léi bù jí yǎn ěr
捻土为香 niǎn tǔ wéi xiāng
捻土焚香 niǎn tǔ fén xiāng
捻神捻鬼 niǎn shén niǎn guǐ
掀天动地 xiān tiān dòng dì
掀天揭地 xiān tiān jiē dì
掀天斡地 xiān tiān wò dì
掂斤估两 diān jīn gū liǎng
掂斤抹两 diān jīn mò liǎng
掂梢折本 diān shāo shé běn
掂量 diān liáng
掇拾 duō shí
掇拾章句 duō shí zhāng jù
掇菁撷华 duō jīng xié huá
授受不亲 shòu shòu bù qīn
掉头 diào tóu
掉臂不顾 diào bì bù gù
掉转 diào zhuǎn
掉过儿 diào guò ér
掊斗折衡 pǒu dǒu zhé héng
掌上明珠 zhǎng shàng míng zhū
掌上观文 zhǎng shàng guān wén
掌掴 zhǎng guó
掌门人 zhǎng mén rén
掌鞭 zhǎng biān
掎挈伺诈 jǐ qiè sì zhà
掎裳连袂 jǐ cháng lián mèi
掐着指头 qiā zhe zhǐ tou
排击 pái jī
排卵期 pái luǎn qī
排外 pái wài
排头兵 pái tóu bīng
排子车 pǎi zi chē
排字 pái zì
排山倒海 pái shān dǎo hǎi
排患解纷 pái huàn jiě fēn
排放 pái fàng
排沙简金 pái shā jiǎn jīn
排沙见金 pái shā jiàn jīn
排炮 pái pào
排空 pái kōng
排糠障风 pái kāng zhàng fēng
排行 pái háng
排行榜 pái háng bǎng
排解 pái jiě
排长 pái zhǎng
排难解纷 pái nàn jiě fēn
排骨 pái gǔ
掖在怀里 yē zài huái lǐ
掖给 yē gěi
掞藻飞声 shàn zǎo fēi shēng
探汤蹈火 tàn tāng dǎo huǒ
探骊得珠 tàn lí dé zhū
接办 jiē bàn
接着 jiē zhe
接车 jiē chē
接转 jiē zhuǎn
接连不断 jiē lián bù duàn
推天抢地 tuī tiān qiǎng dì
推普 tuī pǔ
推枯折腐 tuī kū shé fǔ
推诚相见 tuī chéng xiāng jiàn
推贤让能 tuī xián ràng néng
推食解衣 tuī shí jiě yī
掩恶扬善 yǎn è yáng shàn
掩恶扬美 yǎn è yáng měi
掩目捕雀 yǎn mù bǔ què
掩眼捕雀 yǎn yǎn bǔ què
掩过扬善 yǎn guò yáng shàn
掩过饰非 yǎn guò shì fēi
掩鼻而过 yǎn bí ér guò
措辞不当 cuò cí bú dàng
措辞得当 cuò cí dé dàng
掴手 guó shǒu
掴耳光 guāi ěr guāng
掷地作金石声 zhì dì zuò jīn shí shēng
掷地有声 zhì dì yǒu shēng
掷地赋声 zhì dì fù shēng
掷地金声 zhì dì jīn shēng
掺和 chān huo
揆情度理 kuí qíng duó lǐ
揆理度情 kuí lǐ duó qíng
揎拳捋袖 xuān quán luō xiù
揎拳捰袖 xuān quán luǒ xiù
描写画角 miáo xiě huà jiǎo
描头画角 miáo tóu huà jiǎo
提交 tí jiāo
提亲 tí qīn
提供 tí gōng
提出 tí chū
提包 tí bāo
提单 tí dān
提取 tí qǔ
提名 tí míng
提名道姓 tí míng dào xìng
提审 tí shěn
提干 tí gàn
提心 tí xīn
提心在口 tí xīn zài kǒu
提意见 tí yì jiàn
提成 tí chéng
提手 tí shǒu
提拔 tí bá
提提 tí tí
提款 tí kuǎn
提法 tí fǎ
提溜 dī liū
提点 tí diǎn
提琴 tí qín
提督 tí dū
提神 tí shén
提纯 tí chún
提花 tí huā
提请 tí qǐng
提调 tí diào
提问 tí wèn
提防 dī fáng
提高 tí gāo
插头 chā tóu
插屏 chā píng
插班生 chā bān shēng
插空 chā kòng
插翅难飞 chā chì nán fēi
揠苗助长 yà miáo zhù zhǎng
握别 wò bié
握发吐哺 wò fà tǔ bǔ
握手言和 wò shǒu yán hé
握拳透爪 wò quán tòu zhǎo
握炭流汤 wò tàn liú tāng
握粟出卜 wò sù chū bo
握素怀铅 wò sù huái qiān
握雨携云 wò yǔ xié yún
揣度 chuǎi duó
揣手 chuāi shǒu
揣手儿 chuāi shǒu er
揣摩 chuǎi mó
揣摸 chuǎi mō
揣时度力 chuǎi shí duó lì
揣测 chuǎi cè
揣骨听声 chuāi gǔ tīng shēng
揪斗 jiū dòu
揭发 jiē fā
揭地掀天 jiē dì xiān tiān
揭开 jiē kāi
揭批 jiē pī
揭揭 jiē jiē
揭短 jiē duǎn
揭破 jiē pò
揭穿 jiē chuān
揭衣涉水 qì yī shè shuǐ
揭露 jiē lù
援古刺今 yuán gǔ cì jīn
援款 yuán kuǎn
援藏 yuán zàng
援鳖失龟 yuán biē shī guī
揽辔澄清 lǎn pèi chéng qīng
揽辔登车 lǎn pèi dēng chē
搀前落后 chān qián luò hòu
搀和 chān huo
搀行夺市 chān háng duó shì
搁放 gē fàng
搁浅 gē qiǎn
搂抱 lǒu bào
搅合 jiǎo hé
搅和 jiǎo huo
搅拌 jiǎo bàn
搅拌器 jiǎo bàn qì
搅浑 jiǎo hún
搅混 jiǎo gǔn
搏斗 bó dòu
搐缩 chù suō
搓弄 cuō nòng
搔头 sāo tóu
搔头抓耳 sāo tóu zhuā ěr
搔头摸耳 sāo tóu mō ěr
搜剿 sōu jiǎo
搜岩采干 sōu yán cǎi gàn
搜查 sōu chá
搜章摘句 sōu zhāng zhāi jù
搞好 gǎo hǎo
搞臭 gǎo chòu
搤臂啮指 è bì niè zhǐ
搪塞 táng sè
搪差使 táng chāi shǐ
搬家 bān jiā
搬弄 bān nòng
搬弄是非 bān nòng shì fēi
搭乘 dā chéng
搭便 dā biàn
搭拉 dā lā
搭车 dā chē
搭错车 dā cuò chē
搴旗取将 qiān qí qǔ jiàng
搴旗斩将 qiān qí zhǎn jiàng
搶水 qiāng shuǐ
携云握雨 xié yún wò yǔ
携家带口 xié jiā dài kǒu
携男挈女 xié nán qiè nǚ
搽脂抹粉 chá zhī mǒ fěn
摁钉儿 èn dīng ér
摄人 shè rén
摄像 shè xiàng
摄像管 shè xiàng guǎn
摄取 shè qǔ
摄影 shè yǐng
摄影棚 shè yǐng péng
摄氏度 shè shì dù
摄氏温度计 shè shì wēn dù jì
摄氏温标 shè shì wēn biāo
摄生 shè shēng
摄食 shè shí
摄魄钩魂 shè pò gōu hún
摆尾摇头 bǎi wěi yáo tóu
摆弄 bǎi nòng
摆摊儿 bǎi tān er
摆正 bǎi zhèng
摇头 yáo tóu
摇尾求食 yáo wěi qiú shí
摇尾涂中 yáo wěi tú zhōng
摇滚乐 yáo gǔn yuè
摇笔杆儿 yáo bǐ gǎn er
摊主 tān zhǔ
摊放 tān fàng
摊还 tān hái
摔倒 shuāi dǎo
摔打 shuāi dá
摔角 shuāi jiǎo
摔跟头 shuāi gēn tou
摘发 zhāi fā
摘报 zhāi bào
摘瓜抱蔓 zhāi guā bào màn
摘编 zhāi biān
摘艳熏香 zhāi yàn xūn xiāng
摧兰折玉 cuī lán zhé yù
摧折 cuī zhé
摧折豪强 cuī zhé háo qiáng
摧朽拉枯 cuī xiǔ lā kū
摧眉折腰 cuī méi zhé yāo
摩加迪沙 mó jiā dí shā
摩天 mó tiān
摩托 mó tuō
摩托车 mó tuō chē
摩拳擦掌 mó quán cā zhǎng
摩挲 mā sā
摸不着 mō bù zháo
摸不着头脑 mō bù zháo tóu nǎo
摸不着边 mō bù zhuó biān
摸头 mō tóu
摸头不着 mō tóu bù zháo
摸着石头过河 mō zhe shí tou guò hé
摸金校尉 mō jīn xiào wèi
摸门不着 mō mén bù zháo
摸门儿 mō mén er
摸高 mō gāo
摸黑儿 mō hēi er
撅嘴 juē zuǐ
撅天扑地 juē tiān pū dì
撇嘴 piě zuǐ
撇开 piē kāi
撇弃 piē qì
撑场面 chēng chǎng miàn
撑天拄地 chēng tiān zhǔ dì
撑天柱地 chēng tiān zhù dì
撑竿跳高 chēng gān tiào gāo
撑霆裂月 chēng tíng liè yuè
撒布 sǎ bù
撒开 sā kāi
撒手 sā shǒu
撒拉 sā lā
撒旦 sā dàn
撒欢 sā huān
撒欢儿 sā huān ér
撒水拿鱼 sā shuǐ ná yú
撒落 sǎ luò
撒诈捣虚 sā zhà dǎo xū
撒豆成兵 sǎ dòu chéng bīng
撒野 sā yě
撕打 sī dǎ
撕裂 sī liè
撞见 zhuàng jiàn
撞车 zhuàng chē
撞阵冲军 zhuàng zhèn chōng jūn
撤免 chè miǎn
撤差 chè chāi
撩乱 liáo luàn
撩云拨雨 liáo yún bō yǔ
撩人 liáo rén
撩动 liáo dòng
撩开 liáo kāi
撩蜂剔蝎 liáo fēng tī xiē
播发 bō fā
播弄 bō nòng
播弄是非 bō nòng shì fēi
播扬 bō yáng
播穅眯目 bō kāng mǐ mù
播糠眯目 bō kāng mǐ mù
撮合 cuō hé
撮土焚香 cuō tǔ fén xiāng
撮弄 cuō nòng
撮盐入水 cuō yán rù shuǐ
撮盐入火 cuō yán rù huǒ
撷英 xié yīng
撺弄 cuān nòng
撼地摇天 hàn dì yáo tiān
撼天动地 hàn tiān dòng dì
撼天震地 hàn tiān zhèn dì
擂主 lèi zhǔ
擂天倒地 léi tiān dǎo dì
擂鼓 léi gǔ
擂鼓鸣金 léi gǔ míng jīn
擅入 shàn rù
擅长 shàn cháng
操之过切 cāo zhī guò qiè
操之过急 cāo zhī guò jí
操之过激 cāo zhī guò jī
操刀 cāo dāo
操切 cāo qiè
操琴 cāo qín
操纵 cāo zòng
操纵自如 cāo zòng zì rú
操行 cāo xíng
操赢致奇 cāo yíng zhì qí
擒奸擿伏 qín jiān tī fú
擒奸讨暴 qín jiān tǎo bào
擗踊拊心 pǐ yǒng fǔ xīn
擘两分星 bò liǎng fēn xīng
擘划 bò huà
擘画 bò huà
擘肌分理 bò jī fēn lǐ
擢发莫数 zhuó fà mò shǔ
擢发难数 zhuó fà nán shǔ
擢用 zhuó yòng
擢筋割骨 zhuó jīn gē gǔ
擦拳抹掌 cā quán mò zhǎng
擦拳磨掌 cā quán mó zhǎng
擦背 cā bèi
擦脂抹粉 cā zhī mǒ fěn
擦边 cā biān
擿埴索涂 zhāi zhí suǒ tú
擿埴索途 zhāi zhí suǒ tú
擿奸发伏 tī jiān fā fú
擿植索涂 zhāi zhí suǒ tú
攀亲 pān qīn
攀供 pān gòng
攀折 pān zhé
攀枝花 pān zhī huā
攀蟾折桂 pān chán shé guì
攀高枝儿 pān gāo zhī ér
攀龙附风 pān lóng fù fēng
攒三聚五 cuán sān jù wǔ
攒三集五 cuán sān jí wǔ
攒动 cuán dòng
攒射 cuán shè
攒攒 zǎn zǎn
攒盒 cuán hé
攒眉 cuán méi
攒眉苦脸 zǎn méi kǔ liǎn
攒眉蹙额 cuán méi cù é
攒聚 cuán jù
攒锋聚镝 cuán fēng jù dí
攒集 cuán jí
攒零合整 cuán líng hé zhěng
攘外安内 rǎng wài ān nèi
攘肌及骨 rǎng jī jí gǔ
攘臂 rǎng bì
攘臂一呼 rǎng bì yī hū
攧扑不破 diān pū bù pò
攫为己有 jué wéi jǐ yǒu
攫金不见人 jué jīn bù jiàn rén
支会 zhī huì
支分族解 zhī fēn zú jiě
支分节解 zhī fēn jié jiě
支委 zhī wěi
支委会 zhī wěi huì
支差 zhī chāi
支应 zhī yìng
支招儿 zhī zhāo er
支数 zhī shù
支着 zhī zhāo
支着儿 zhī zhāo ér
支纷节解 zhī fēn jié jiě
支脉 zhī mài
支解 zhī jiě
支那 zhī nà
收发 shōu fā
收归 shōu guī
收拾 shōu shí
收摊儿 shōu tān er
收款 shōu kuǎn
收率 shōu lǜ
收缩 shōu suō
收藏 shōu cáng
收藏家 shōu cáng jiā
收起来 shōu qǐ lái
收车 shōu chē
收转 shōu zhuǎn
收锣罢鼓 shōu luó bà gǔ
收风 shōu fēng
改俗迁风 gǎi sú qiān fēng
改口沓舌 gǎi kǒu tà shé
改天换地 gǎi tiān huàn dì
改头换面 gǎi tóu huàn miàn
改姓 gǎi xìng
改姓更名 gǎi xìng gēng míng
改张易调 gǎi zhāng yì diào
改弦易调 gǎi xián yì diào
改弦更张 gǎi xián gēng zhāng
改恶为善 gǎi è wéi shàn
改恶从善 gǎi è cóng shàn
改恶向善 gǎi è xiàng shàn
改恶行善 gǎi è xíng shàn
改换头面 gǎi huàn tóu miàn
改换家门 gǎi huàn jiā mén
改政移风 gǎi zhèng yí fēng
改曲易调 gǎi qǔ yì diào
改朝换姓 gǎi cháo huàn xìng
改期 gǎi qī
改柯易叶 gǎi kē yì yè
改正 gǎi zhèng
改玉改行 gǎi yù gǎi xíng
改称 gǎi chēng
改而更张 gǎi ér gèng zhāng
改行 gǎi háng
改行为善 gǎi xíng wéi shàn
改行从善 gǎi xíng cóng shàn
改行自新 gǎi xíng zì xīn
改行迁善 gǎi xíng qiān shàn
改调 gǎi diào
改过 gǎi guò
改过从善 gǎi guò cóng shàn
改过迁善 gǎi guò qiān shàn
改邪归正 gǎi xié guī zhèng
攻占 gōng zhàn
攻城掠地 gōng chéng lüè dì
攻城略地 gōng chéng lüè dì
攻心为上 gōng xīn wèi shàng
攻心扼吭 gōng xīn è háng
攻打 gōng dǎ
攻无不克 gōng wú bù kè
攻苦食淡 gōng kǔ shí dàn
放任 fàng rèn
放任自流 fàng rèn zì liú
放倒 fàng dǎo
放冷风 fàng lěng fēng
放大 fàng dà
放大器 fàng dà qì
放大炮 fàng dà pào
放大率 fàng dà lǜ
放大纸 fàng dà zhǐ
放射 fàng shè
放射形 fàng shè xíng
放射性 fàng shè xìng
放射性元素 fàng shè xìng yuán sù
放射性同位素 fàng shè xìng tóng wèi sù
放射疗法 fàng shè liáo fǎ
放射病 fàng shè bìng
放屁添风 fàng pì tiān fēng
放排 fàng pái
放歌纵酒 fàng gē zòng jiǔ
放活 fàng huó
放炮 fàng pào
放私 fàng sī
放空 fàng kōng
放空炮 fàng kōng pào
放血 fàng xiě
放行 fàng xíng
放言高论 fàng yán gāo lùn
放诞风流 fàng dàn fēng liú
放辟邪侈 fàng pì xié chǐ
放过 fàng guò
放还 fàng huán
放量 fàng liàng
放长线钓大鱼 fàng cháng xiàn diào dà yú
放风 fàng fēng
放马后炮 fàng mǎ hòu pào
政令 zhèng lìng
政令不一 zhèng lìng bù yī
政委 zhèng wěi
政教 zhèng jiào
政教合一 zhèng jiào hé yī
政治家 zhèng zhì jiā
政治文明 zhèng zhì wén míng
政清人和 zhèng qīng rén hé
政纪 zhèng jì
政见 zhèng jiàn
政论 zhèng lùn
政论家 zhèng lùn jiā
政通人和 zhèng tōng rén hé
政风 zhèng fēng
故事片 gù shì piàn
故伎 gù jì
故伎重演 gù jì chóng yǎn
故土难离 gù tǔ nán lí
故地 gù dì
故家乔木 gù jiā qiáo mù
故态复还 gù tài fù huán
故技重演 gù jì chóng yǎn
故旧不弃 gù jiù bù qì
故知 gù zhī
故都 gù dū
效应 xiào yìng
效率 xiào lǜ
效能 xiào néng
敌区 dí qū
敌占区 dí zhàn qū
敌忾 dí kài
敌忾同仇 dí kài tóng chóu
救世济民 jiù shì jì mín
救寒莫如重裘 jiù hán mò rú chóng qiú
救济金 jiù jì jīn
救过不给 jiù guò bù gěi
敖不可长 ào bù kě zhǎng
教一识百 jiāo yī shí bǎi
教中文 jiāo zhōng wén
教学相长 jiào xué xiāng zhǎng
教导有方 jiào dǎo yǒu fāng
教民 jiào mín
教法 jiào fǎ
教猱升木 jiāo náo shēng mù
教给 jiāo gěi
教音乐 jiāo yīn yuè
敛声屏息 liǎn shēng bǐng xī
敛声屏气 liǎn shēng bǐng qì
敛容屏气 liǎn róng bǐng qì
敛色屏气 liǎn sè bǐng qì
敛骨吹魂 liǎn gǔ chuī hún
敝帷不弃 bì wéi bù qì
敝盖不弃 bì gài bù qì
敝衣粝食 bì yī lì shí
敞篷 chǎng péng
敞篷车 chǎng péng chē
敞车 chǎng chē
敢不承命 gǎn bù chéng mìng
敢作敢当 gǎn zuò gǎn dāng
敢勇当先 gǎn yǒng dāng xiān
敢干 gǎn gàn
敢当 gǎn dāng
敢怒而不敢言 gǎn nù ér bù gǎn yán
敢怨而不敢言 gǎn yuàn ér bù gǎn yán
敢问 gǎn wèn
散乱 sǎn luàn
散会 sàn huì
散光 sǎn guāng
散兵 sǎn bīng
散发 sàn fà
散失 sàn shī
散射 sǎn shè
散居 sǎn jū
散工 sǎn gōng
散布 sàn bù
散带衡门 sàn dài héng mén
散开 sàn kāi
散心 sàn xīn
散放 sàn fàng
散文 sǎn wén
散文诗 sǎn wén shī
散水 sàn shuǐ
散沙 sǎn shā
散漫 sǎn màn
散热器 sàn rè qì
散落 sàn luò
散装 sǎn zhuāng
散见 sǎn jiàn
散言碎语 sǎn yán suì yǔ
散马休牛 sàn mǎ xiū niú
敦劝 dūn quàn
敦厚 dūn hòu
敦朴 dūn piáo
敦诗说礼 dūn shī shuō lǐ
敦请 dūn qǐng
敦默寡言 dūn mò guǎ yán
敩学相长 xiào xué xiāng cháng
敬上接下 jìng shàng jiē xià
敬上爱下 jìng shàng ài xià
敬业乐群 jìng yè lè qún
敬事后食 jìng shì hòu shí
敬仰 jìng yǎng
敬若神明 jìng ruò shén míng
敬语 jìng yǔ
敬酒不吃吃罚酒 jìng jiǔ bù chī chī fá jiǔ
敬重 jìng zhòng
敬陈管见 jìng chén guǎn jiàn
数一数二 shǔ yī shǔ èr
数不清 shǔ bù qīng
数不着 shǔ bù zháo
数不胜数 shǔ bù shèng shǔ
数九 shǔ jiǔ
数九寒天 shǔ jiǔ hán tiān
数以万计 shǔ yǐ wàn jì
数列 shù liè
数叨 shù dāo
数字 shù zì
数年如一日 shù nián rú yí rì
数往知来 shǔ wǎng zhī lái
数得上 shǔ de shàng
数得着 shǔ de zháo
数数 shǔ shù
数来宝 shǔ lái bǎo
数珠 shù zhū
数理统计 shù lǐ tǒng jì
数白论黄 shǔ bái lùn huáng
数目 shù mù
数目字 shù mù zì
数短论长 shǔ duǎn lùn cháng
数米量柴 shǔ mǐ liáng chái
数罪并罚 shù zuì bìng fá
数落 shǔ luò
数表 shù biǎo
数见不鲜 shuò jiàn bù xiān
数论 shù lùn
数说 shǔ shuō
数量 shù liàng
数黄道白 shù huáng dào bái
数黑论白 shù hēi lùn bái
数黑论黄 shǔ hēi lùn huáng
敲打 qiāo dǎ
敲敲打打 qiāo qiāo dǎ dǎ
敲榨勒索 qiāo zhà lè suǒ
敲诈勒索 qiāo zhà lè suǒ
敲金击石 qiāo jīn jī shí
敲锣打鼓 qiāo luó dǎ gǔ
敲锣放炮 qiāo luó fàng pào
敲骨剥髓 qiāo gǔ bāo suǐ
敲髓洒膏 qiāo suǐ sǎ gāo
整冠纳履 zhěng guān nà lǚ
整地 zhěng dì
整复 zhěng fù
整宿 zhěng sù
整年累月 zhěng nián lèi yuè
整数 zhěng shù
整月 zhěng yuè
整枝 zhěng zhī
整纪 zhěng jì
整装待发 zhěng zhuāng dài fā
整躬率物 zhěng gōng shuài wù
整顿干坤 zhěng dùn gàn kūn
整风 zhěng fēng
敷用 fū yòng
敷衍了事 fū yǎn liǎo shì
敷衍塞责 fū yǎn sè zé
敷衍搪塞 fū yǎn táng sè
文不加点 wén bù jiā diǎn
文丝不动 wén sī bù dòng
文人无行 wén rén wú xíng
文人相轻 wén rén xiāng qīng
文以载道 wén yǐ zài dào
文件名 wén jiàn míng
文传 wén chuán
文似其人 wén sì qí rén
文化 wén huà
文化人 wén huà rén
文化生活 wén huà shēng huó
文化革命 wén huà gé mìng
文华 wén huá
文卷 wén juàn
文句 wén jù
文坛宿将 wén tán sù jiàng
文奸济恶 wén jiān jì è
文如其人 wén rú qí rén
文学家 wén xué jiā
文山会海 wén shān huì hǎi
文房四侯 wén fáng sì hòu
文搜丁甲 wén sōu dīng jiǎ
文斗 wén dòu
文明人 wén míng rén
文曲星 wén qǔ xīng
文期酒会 wén qī jiǔ huì
文武差事 wén wǔ chà shì
文献之家 wén xiàn zhī jiā
文献片 wén xiàn piàn
文理不通 wén lǐ bù tōng
文石 wén shí
文章宿老 wén zhāng sù lǎo
文章山斗 wén zhāng shān dòu
文章星斗 wén zhāng xīng dòu
文脉 wén mài
文艺复兴 wén yì fù xīng
文艺家 wén yì jiā
文蛤 wén gé
文论 wén lùn
文身剪发 wén shēn jiǎn fā
文身断发 wén shēn duàn fā
文身翦发 wén shēn jiǎn fā
文过遂非 wén guò suì fēi
文过饰非 wén guò shì fēi
文采 wén cǎi
文采风流 wén cǎi fēng liú
文风 wén fēng
文风不动 wén fēng bù dòng
斋期 zhāi qī
斐然 fěi rán
斐然乡风 fěi rán xiāng fēng
斐然向风 fěi rán xiàng fēng
斗丽争妍 dòu lì zhēng yán
斗争 dòu zhēng
斗升之水 dǒu shēng zhī shuǐ
斗南一人 dǒu nán yī rén
斗嘴 dòu zuǐ
斗媚争妍 dòu mèi zhēng yán
斗富 dòu fù
斗心眼儿 dòu xīn yǎn ér
斗志 dòu zhì
斗志昂扬 dòu zhì áng yáng
斗怪争奇 dòu guài zhēng qí
斗折蛇行 dǒu zhé shé xíng
斗拱 dǒu gǒng
斗挹箕扬 dǒu yì jī yáng
斗方 dǒu fāng
斗法 dòu fǎ
斗牙拌齿 dòu yá bàn chǐ
斗牛 dòu niú
斗筲之人 dǒu shāo zhī rén
斗筲之器 dǒu shāo zhī qì
斗米尺布 dǒu mǐ chǐ bù
斗粟尺布 dǒu sù chǐ bù
斗美夸丽 dòu měi kuā lì
斗而铸兵 dòu ér zhù bīng
斗色争妍 dòu sè zhēng yán
斗艳 dòu yàn
斗艳争妍 dòu yàn zhēng yán
斗车 dǒu chē
斗转参横 dǒu zhuǎn shēn héng
斗转星移 dǒu zhuǎn xīng yí
斗酒只鸡 dǒu jiǔ zhī jī
斗酒百篇 dǒu jiǔ bǎi piān
斗量筲计 dǒu liáng shāo jì
斗门 dǒu mén
斗鸡 dòu jī
斗鸡走马 dòu jī zǒu mǎ
料敌若神 liào dí ruò shén
料斗 liào dǒu
料石 liào shí
料量 liào liàng
斜风细雨 xié fēng xì yǔ
斠若画一 jiào ruò huà yī
斡旋 wò xuán
斤斗 jīn dǒu
斤斤较量 jīn jīn jiào liàng
斧头 fǔ tóu
斧正 fǔ zhèng
斩头沥血 zhǎn tóu lì xuè
斩尽杀绝 zhǎn jìn shā jué
斩竿揭木 zhǎn gān jiē mù
斩钉切铁 zhǎn dīng qiē tiě
斩钉截铁 zhǎn dīng jié tiě
斩钢截铁 zhǎn gāng jié tiě
斫琱为朴 zhuó diāo wéi pǔ
斫雕为朴 zhuó diāo wéi pǔ
断发文身 duàn fà wén shēn
断发纹身 duàn fà wén shēn
断句 duàn jù
断头将军 duàn tóu jiāng jūn
断手续玉 duàn shóu xù yù
断木掘地 duàn mù jué dì
断烂朝报 duàn làn cháo bào
断片 duàn piàn
断章截句 duàn zhāng jié jù
断章摘句 duàn zhāng zhāi jù
断管残沈 duàn guǎn cán shěn
断语 duàn yǔ
断还归宗 duàn huán guī zōng
断长续短 duàn cháng xù duǎn
断长补短 duàn cháng bǔ duǎn
断雨残云 duàn yǔ cán yún
斯事体大 sī shì tǐ dà
斯德哥尔摩 sī dé gē ěr mó
斯拉夫人 sī lā fū rén
斯文扫地 sī wén sǎo dì
新乐 xīn lè
新兴 xīn xīng
新区 xīn qū
新大陆 xīn dà lù
新天地 xīn tiān dì
新奇 xīn qí
新媳妇儿 xīn xí fù er
新官上任三把火 xīn guān shàng rèn sān bǎ huǒ
新文化 xīn wén huà
新文化运动 xīn wén huà yùn dòng
新正 xīn zhēng
新生力量 xīn shēng lì liàng
新疆 xīn jiāng
新疆维吾尔自治区 xīn jiāng wéi wú ěr zì zhì qū
新知 xīn zhī
新绿 xīn lǜ
新老交替 xīn lǎo jiāo tì
新能源 xīn néng yuán
新论 xīn lùn
新语 xīn yǔ
新郎 xīn láng
新郎官 xīn láng guān
新长征 xīn cháng zhēng
新闻片 xīn wén piàn
新雨 xīn yǔ
新风 xīn fēng
方位角 fāng wèi jiǎo
方便 fāng biàn
方便之门 fāng biàn zhī mén
方便面 fāng biàn miàn
方头 fāng tóu
方家 fāng jiā
方寸万重 fāng cùn wàn chóng
方寸不乱 fāng cùn bù luàn
方寸之地 fāng cùn zhī dì
方尺 fāng chǐ
方差 fāng chà
方方正正 fāng fāng zhèng zhèng
方枘圜凿 fāng ruì huán záo
方正 fāng zhèng
方正不阿 fāng zhèng bù ē
方法论 fāng fǎ lùn
方解石 fāng jiě shí
方言矩行 fāng yán jǔ xíng
方面大耳 fāng miàn dà ěr
方领圆冠 fāng lǐng yuán guàn
方骖并路 fāng cān bìng lù
於菟 wū tú
施施而行 shī shī ér xíng
施绯拖绿 shī fēi tuō lǜ
施行 shī xíng
旁人 páng rén
旁侧 páng cè
旁出 páng chū
旁听 páng tīng
旁听生 páng tīng shēng
旁坐 páng zuò
旁岔儿 páng chà ér
旁征博引 páng zhēng bó yǐn
旁推侧引 páng tuī cè yǐn
旁搜博采 páng sōu bó cǎi
旁支 páng zhī
旁收博采 páng shōu bó cǎi
旁敲侧击 páng qiāo cè jī
旁文剩义 páng wén shèng yì
旁白 páng bái
旁系亲属 páng xì qīn shǔ
旁若无人 páng ruò wú rén
旁落 páng luò
旁行斜上 páng xíng xié shàng
旁见侧出 páng jiàn cè chū
旁观 páng guān
旁观者效应 páng guān zhě xiào yìng
旁观者清 páng guān zhě qīng
旁路 páng lù
旁边 páng biān
旁通 páng tōng
旁逸横出 páng yì héng chū
旁门 páng mén
旁门外道 páng mén wài dào
旁门小道 páng mén xiǎo dào
旁门左道 páng mén zuǒ dào
旁门邪道 páng mén xié dào
旁顾 páng gù
旅游区 lǚ yóu qū
旅游车 lǚ yóu chē
旅舍 lǚ shè
旅行 lǚ xíng
旅行包 lǚ xíng bāo
旅贲 lǚ bēn
旋乾转坤 xuán qián zhuǎn kūn
旋儿 xuán er
旋干转坤 xuán qián zhuǎn kūn
旋得旋失 xuán dé xuán shī
旋生旋灭 xuán shēng xuán miè
旋转乾坤 xuán zhuǎn qián kūn
旋转干坤 xuán zhuǎn gàn kūn
旋转门 xuán zhuǎn mén
旖旎风光 yǐ nǐ fēng guāng
旗帜鲜明 qí zhì xiān míng
旗开得胜 qí kāi dé shèng
旗语 qí yǔ
旗鼓相当 qí gǔ xiāng dāng
无一不知 wú yī bù zhī
无一例外 wú yī lì wài
无万大千 wú wàn dà qiān
无上 wú shàng
无不 wú bù
无与为比 wú yǔ wéi bǐ
无与伦比 wú yǔ lún bǐ
无中生有 wú zhōng shēng yǒu
无为 wú wéi
无为而成 wú wéi ér chéng
无为自成 wú wéi zì chéng
无乎不可 wú hū bù kě
无了无休 wú le wú xiū
无亲无故 wú qīn wú gù
无人之地 wú rén zhī dì
无人区 wú rén qū
无人过问 wú rén guò wèn
无从 wú cóng
无从置喙 wú cóng zhì huì
无以塞责 wú yǐ sè zé
无价 wú jià
无价之宝 wú jià zhī bǎo
无价宝 wú jià bǎo
无休无了 wú xiū wú le
无伤大雅 wú shāng dà yǎ
无伤无臭 wú shāng wú xiù
无何 wú hé
无何有之乡 wú hé yǒu zhī xiāng
无何有乡 wú hé yǒu xiāng
无佛处称尊 wú fó chù chēng zūn
无偏无陂 wú piān wú bēi
无其伦比 wú qí lún bǐ
无其奈何 wú qí nài hé
无几 wú jǐ
无利可图 wú lì kě tú
无力回天 wú lì huí tiān
无功功率 wú gōng gōng lǜ
无动为大 wú dòng wéi dà
无动于中 wú dòng yú zhōng
无千待万 wú qiān dài wàn
无千无万 wú qiān wú wàn
无华 wú huá
无可 wú kě
无可不可 wú kě bù kě
无可厚非 wú kě hòu fēi
无可奈何 wú kě nài hé
无可奉告 wú kě fèng gào
无可如何 wú kě rú hé
无可无不可 wú kě wú bù kě
无可柰何 wú kě nài hé
无可置喙 wú kě zhì huì
无可置疑 wú kě zhì yí
无可讳言 wú kě huì yán
无名之朴 wú míng zhī pǔ
无声无臭 wú shēng wú xiù
无声片 wú shēng piàn
无大不大 wú dà bù dà
无大无小 wú dà wú xiǎo
无奇不有 wú qí bù yǒu
无奈何 wú nài hé
无奈我何 wú nài wǒ hé
无如之何 wú rú zhī hé
无如奈何 wú rú nài hé
无孔不入 wú kǒng bù rù
无宁 wú nìng
无家可归 wú jiā kě guī
无容置疑 wú róng zhì yí
无容身之地 wú róng shēn zhī dì
无寇暴死 wú kòu bào sǐ
无尽 wú jìn
无巧不成话 wú qiǎo bù chéng huà
无干 wú gān
无度 wú dù
无庸置疑 wú yōng zhì yí
无形中 wú xíng zhōng
无形之中 wú xíng zhī zhōng
无往不克 wú wǎng bù kè
无往不利 wú wǎng bù lì
无往不复 wú wǎng bù fù
无往不胜 wú wǎng bù shèng
无征不信 wú zhēng bù xìn
无待蓍龟 wú dài shī guī
无德而称 wú dé ér chēng
无情少面 wú qíng shǎo miàn
无意识 wú yì shí
无懈可击 wú xiè kě jī
无所不包 wú suǒ bù bāo
无所不可 wú suǒ bù kě
无所不在 wú suǒ bù zài
无所不有 wú suǒ bù yǒu
无所不知 wú suǒ bù zhī
无所不能 wú suǒ bù néng
无所不通 wú suǒ bù tōng
无所可否 wú suǒ kě fǒu
无所施其伎 wú suǒ shī qí jì
无所用心 wú suǒ yòng xīn
无所适从 wú suǒ shì cóng
无所重轻 wú suǒ zhòng qīng
无拘无束 wú jū wú shù
无拘束 wú jū shù
无数 wú shù
无施不可 wú shī bù kě
无有伦比 wú yǒu lún bǐ
无期 wú qī
无机可乘 wú jī kě chéng
无理数 wú lǐ shù
无用功 wú yòng gōng
无用武之地 wú yòng wǔ zhī dì
无疑 wú yí
无的放矢 wú dì fàng shǐ
无盐不解淡 wú yán bù jiě dàn
无相 wú xiāng
无着 wú zhuó
无知 wú zhī
无神论 wú shén lùn
无稽 wú jī
无稽之言 wú jī zhī yán
无穷大 wú qióng dà
无穷尽 wú qióng jìn
无穷无尽 wú qióng wú jìn
无空不入 wú kōng bù rù
无立锥之地 wú lì zhuī zhī dì
无精打采 wú jīng dǎ cǎi
无线电传真 wú xiàn diàn chuán zhēn
无线电通信 wú xiàn diàn tōng xìn
无缝 wú fèng
无缝天衣 wú fèng tiān yī
无缝钢管 wú fèng gāng guǎn
无置锥地 wú zhì zhuī dì
无肠可断 wú cháng kě duàn
无背无侧 wú bèi wú cè
无胫而行 wú jìng ér xíng
无能 wú néng
无臭 wú xiù
无般不识 wú bān bù shí
无色无臭 wú sè wú xiù
无行 wú xíng
无言可对 wú yán kě duì
无计奈何 wú jì nài hé
无论 wú lùn
无论如何 wú lùn rú hé
无足轻重 wú zú qīng zhòng
无足重轻 wú zú zhòng qīng
无路可走 wú lù kě zǒu
无轨电车 wú guǐ diàn chē
无辜受累 wú gū shòu lěi
无边风月 wú biān fēng yuè
无过 wú guò
无迹可寻 wú jì kě xún
无迹可求 wú jì kě qiú
无適无莫 wú dí wú mò
无遮大会 wú zhē dà huì
无量 wú liàng
无间 wú jiàn
无间冬夏 wú jiān dōng xià
无间可乘 wú jiān kě chéng
无间可伺 wú jiān kě sì
无间是非 wú jiàn shì fēi
无阻 wú zǔ
无际可寻 wú jì kě xún
无限大 wú xiàn dà
无隙可乘 wú xì kě chéng
无霜期 wú shuāng qī
无面目见江东父老 wú miàn mù jiàn jiāng dōng fù lǎo
无颜落色 wú yán luò sè
无颠无倒 wú diān wú dǎo
无风 wú fēng
无风扬波 wú fēng yáng bō
日不暇给 rì bù xiá jǐ
日中 rì zhōng
日中则移 rì zhōng zé yí
日中必移 rì zhōng bì yí
日丽风和 rì lì fēng hé
日丽风清 rì lì fēng qīng
日久天长 rì jiǔ tiān cháng
日久岁长 rì jiǔ suì cháng
日久见人心 rì jiǔ jiàn rén xīn
日乾夕惕 rì qián xī tì
日偏食 rì piān shí
日全食 rì quán shí
日内 rì nèi
日削月朘 rì xuē yuè juān
日华 rì huá
日和风暖 rì hé fēng nuǎn
日堙月塞 rì yīn yuè sāi
日增月盛 rì zēng yuè shèng
日复一日 rì fù yí rì
日头 rì tou
日射 rì shè
日射病 rì shè bìng
日就月将 rì jiù yuè jiāng
日异月更 rì yì yuè gèng
日引月长 rì yǐn yuè cháng
日新月盛 rì xīn yuè shèng
日旰不食 rì gàn bù shí
日旰忘食 rì gàn wàng shí
日旰忘餐 rì gàn wàng cān
日昃不食 rì zè bù shí
日昃忘食 rì zè wàng shí
日昃旰食 rì zè gàn shí
日暖风和 rì nuǎn fēng hé
日月不居 rì yuè bù jū
日月丽天 rì yuè lì tiān
日月交食 rì yuè jiāo shí
日月参辰 rì yuè shēn chén
日月合璧 rì yuè hé bì
日月重光 rì yuè chóng guāng
日朘月减 rì juān yuè jiǎn
日朘月削 rì juān yuè xuē
日期 rì qī
日没 rì mò
日炙风吹 rì zhì fēng chuī
日环食 rì huán shí
日甚一日 rì shèn yī rì
日省月修 rì xǐng yuè xiū
日省月试 rì xǐng yuè shì
日省月课 rì xǐng yuè kè
日短心长 rì duǎn xīn cháng
日积月累 rì jī yuè lěi
日累月积 rì lèi yuè jī
日耳曼人 rì ěr màn rén
日臻完美 rì zhēn wán měi
日落 rì luò
日落西山 rì luò xī shān
日薄虞渊 rì báo yú yuān
日薄西山 rì bó xī shān
日行千里 rì xíng qiān lǐ
日见 rì jiàn
日角偃月 rì jiǎo yǎn yuè
日许多时 rì xǔ duō shí
日许时间 rì xǔ shí jiān
日试万言 rì shì wàn yán
日语 rì yǔ
日诵五车 rì sòng wǔ chē
日近长安远 rì jìn cháng ān yuǎn
日进斗金 rì jìn dǒu jīn
日长一线 rì cháng yī xiàn
日长似岁 rì cháng sì suì
日间 rì jiān
日食 rì shí
日饮亡何 rì yǐn wáng hé
日饮无何 rì yǐn wú hé
旦不报夕 dàn bú bào xī
旦暮入地 dàn mù rù dì
旦种暮成 dàn zhòng mù chéng
旦角 dàn jué
旦角儿 dàn jué ér
旧事重提 jiù shì chóng tí
旧地 jiù dì
旧地重游 jiù dì chóng yóu
旧大陆 jiù dà lù
旧好 jiù hǎo
旧家 jiù jiā
旧恨新仇 jiù hèn xīn chóu
旧恶 jiù è
旧病复发 jiù bìng fù fā
旧的不去新的不来 jiù de bù qù xīn de bù lái
旧知 jiù zhī
旧社会 jiù shè huì
旧识 jiù shí
旧话重提 jiù huà chóng tí
旧说 jiù shuō
旧调重弹 jiù diào chóng tán
旧都 jiù dū
旧雨 jiù yǔ
旧雨今雨 jiù yǔ jīn yǔ
旧雨重逢 jiù yǔ chóng féng
早上 zǎo shàng
早上好 zǎo shàng hǎo
早产儿 zǎo chǎn ér
早朝 zǎo cháo
早期 zǎo qī
早期白话 zǎo qī bái huà
早知 zǎo zhī
早车 zǎo chē
早间 zǎo jiān
旰食之劳 gàn shí zhī láo
旰食宵衣 gàn shí xiāo yī
旱区 hàn qū
旱地 hàn dì
旱苗得雨 hàn miáo dé yǔ
时不再来 shí bù zài lái
时不可失 shí bù kě shī
时不时 shí bù shí
时亨运泰 shí hēng yùn tài
时令 shí lìng
时令病 shí lìng bìng
时会 shí huì
时兴 shí xīng
时分 shí fēn
时区 shí qū
时和岁丰 shí hé suì fēng
时和年丰 shí hé nián fēng
时差 shí chà
时期 shí qī
时来运旋 shí lái yùn xuán
时来运转 shí lái yùn zhuǎn
时空 shí kōng
时行 shí xíng
时调 shí diào
时起时伏 shí qǐ shí fú
时过境迁 shí guò jìng qiān
时运不齐 shí yùn bù jì
时运亨通 shí yùn hēng tōng
时长 shí cháng
时间 shí jiān
时间差 shí jiān chà
时隐时见 shí yǐn shí jiàn
时风 shí fēng
旷世奇才 kuàng shì qí cái
旷古未有 kuàng gǔ wèi yǒu
旷夫怨女 kuàng fū yuàn nǚ
旷日弥久 kuàng rì mí jiǔ
旷日累时 kuàng rì lěi shí
旷日长久 kuàng rì cháng jiǔ
旷若发蒙 kuàng ruò fā méng
旺盛 wàng shèng
昂头天外 áng tóu tiān wài
昂头挺胸 áng tóu tǐng xiōng
昂然自得 áng rán zì dé
昂藏 áng cáng
昂藏七尺 áng cáng qī chǐ
昃食宵衣 zè shí xiāo yī
昆山片玉 kūn shān piàn yù
昆弟之好 kūn dì zhī hǎo
昌乐 chāng lè
昌亭旅食 chāng tíng lǚ shí
昌盛 chāng shèng
明丽 míng lì
明了 míng liǎo
明争暗斗 míng zhēng àn dòu
明信片 míng xìn piàn
明公正义 míng gōng zhèng yì
明公正道 míng gōng zhèng dào
明升暗降 míng shēng àn jiàng
明后天 míng hòu tiān
明堂正道 míng táng zhèng dào
明婚正配 míng hūn zhèng pèi
明媒正礼 míng méi zhèng lǐ
明度 míng dù
明心见性 míng xīn jiàn xìng
明摆着 míng bǎi zhe
明教 míng jiào
明教不变 míng jiào bù biàn
明春 míng chūn
明昭昏蒙 míng zhāo hūn méng
明月清风 míng yuè qīng fēng
明朝 míng cháo
明珠弹雀 míng zhū tán què
明瓦 míng wǎ
明白了当 míng bái liǎo dàng
明知 míng zhī
明知故犯 míng zhī gù fàn
明知故问 míng zhī gù wèn
明窗净几 míng chuāng jìng jī
明若观火 míng ruò guān huǒ
明补 míng bǔ
明见万里 míng jiàn wàn lǐ
明说 míng shuō
明面 míng miàn
昏天暗地 hūn tiān àn dì
昏天熙地 hūn tiān xī dì
昏天黑地 hūn tiān hēi dì
昏定晨省 hūn dìng chén xǐng
昏聩无能 hūn kuì wú néng
昏迷不省 hūn mí bù xǐng
昏镜重明 hūn jìng chóng míng
昏镜重磨 hūn jìng chóng mó
易于拾遗 yì yú shí yí
易俗移风 yì sú yí fēng
易口以食 yì kǒu yǐ shí
易同反掌 yì tóng fǎn zhǎng
易地 yì dì
易如拾芥 yì rú shí jiè
易子而食 yì zǐ ér shí
星占 xīng zhān
星宿 xīng xiù
星斗 xīng dǒu
星星落落 xīng xīng luò luò
星期 xīng qī
星期日 xīng qī rì
星相 xīng xiàng
星离月会 xīng lí yuè huì
星移斗转 xīng yí dǒu zhuǎn
星移漏转 xīng yí lòu zhuǎn
星空 xīng kōng
星系 xīng xì
星行夜归 xīng xíng yè guī
星驰电发 xīng chí diàn fā
映射 yìng shè
映山红 yìng shān hóng
春上 chūn shàng
春光漏泄 chūn guāng lòu xiè
春分 chūn fēn
春卷 chūn juǎn
春和景明 chūn hé jǐng míng
春回大地 chūn huí dà dì
春深似海 chūn shēn sì hǎi
春秋鼎盛 chūn qiū dǐng shèng
春笋怒发 chūn sǔn nù fā
春色撩人 chūn sè liáo rén
春蚓秋蛇 chūn yǐn qiū shé
春蚕到死丝方尽 chūn cán dào sǐ sī fāng jìn
春雨 chūn yǔ
春露秋霜 chūn lù qiū shuāng
春风 chūn fēng
春风一度 chūn fēng yī dù
春风化雨 chūn fēng huà yǔ
春风夏雨 chūn fēng xià yǔ
春风沂水 chūn fēng yí shuǐ
春风满面 chūn fēng mǎn miàn
春风野火 chūn fēng yě huǒ
春风雨露 chūn fēng yǔ lù
春风风人 chūn fēng fēng rén
昧地瞒天 mèi dì mán tiān
昧地谩天 mèi dì mán tiān
昧己瞒心 mèi jǐ mán xīn
昧旦晨兴 mèi dàn chén xīng
昭德塞违 zhāo dé sè wéi
昭然若揭 zhāo rán ruò jiē
是否 shì fǒu
是非分明 shì fēi fēn míng
是非只为多开口 shì fēi zhǐ wèi duō kāi kǒu
是非得失 shì fēi dé shī
是非曲直 shì fēi qū zhí
是非自有公论 shì fēi zì yǒu gōng lùn
是非颠倒 shì fēi diān dǎo
昵称 nì chēng
昼乾夕惕 zhòu qián xī tì
昼伏夜行 zhòu fú yè xíng
昼夜兼行 zhòu yè jiān xíng
昼干夕惕 zhòu gàn xī tì
昼度夜思 zhòu duó yè sī
显亲扬名 xiǎn qīn yáng míng
显山露水 xiǎn shān lù shuǐ
显得 xiǎn de
显而易见 xiǎn ér yì jiàn
显能 xiǎn néng
显见 xiǎn jiàn
显豁 xiǎn huò
显露 xiǎn lù
显露头角 xiǎn lù tóu jiǎo
晃动 huàng dòng
晃摇 huàng yáo
晋见 jìn jiàn
晏安酖毒 yàn ān dān dú
晓以大义 xiǎo yǐ dà yì
晓得 xiǎo de
晓行夜宿 xiǎo xíng yè sù
晓风残月 xiǎo fēng cán yuè
晕倒 yūn dǎo
晕晕沉沉 yūn yūn chén chén
晕车 yùn chē
晕高 yùn gāo
晕高儿 yūn gāo ér
晚一点 wǎn yì diǎn
晚节不终 wǎn jié bù zhōng
晚节黄花 wǎn jié huáng huā
晚食当肉 wǎn shí dàng ròu
晤见 wù jiàn
晦盲否塞 huì máng pǐ sè
晨参暮省 chén cān mù shěng
晨参暮礼 chén cān mù lǐ
晨提夕命 chén tí xī mìng
晨昏定省 chén hūn dìng xǐng
晨霜 chén shuāng
晨风 chén fēng
晬面盎背 zuì miàn àng bèi
普及率 pǔ jí lǜ
普天匝地 pǔ tiān zā dì
普天率土 pǔ tiān shuài tǔ
普度 pǔ dù
普度众生 pǔ dù zhòng shēng
普度群生 pǔ dù qún shēng
普查 pǔ chá
普济众生 pǔ jì zhòng shēng
普济群生 pǔ jì qún shēng
普降 pǔ jiàng
景仰 jǐng yǎng
景区 jǐng qū
景天 jǐng tiān
景慕 jǐng mù
景星庆云 jǐng xīng qìng yún
景星麟凤 jǐng xīng lín fèng
景深 jǐng shēn
景点 jǐng diǎn
景片 jǐng piàn
景色 jǐng sè
景行 jǐng xíng
晰毛辨发 xī máo biàn fà
晴和 qíng hé
晴好 qíng hǎo
晴空 qíng kōng
晴雨表 qíng yǔ biǎo
晶石 jīng shí
智力商数 zhì lì shāng shù
智圆行方 zhì yuán xíng fāng
智小言大 zhì xiǎo yán dà
智小谋大 zhì xiǎo móu dà
智尽能索 zhì jìn néng suǒ
智穷才尽 zhì qióng cái jìn
智藏瘝在 zhì cáng guān zài
晾干 liàng gān
暂用 zàn yòng
暂行 zàn xíng
暑期 shǔ qī
暑雨祁寒 shǔ yǔ qí hán
暖和 nuǎn huo
暖衣饱食 nuǎn yī bǎo shí
暖风 nuǎn fēng
暗中 àn zhōng
暗中摸索 àn zhōng mō suǒ
暗中行事 àn zhōng xíng shì
暗合 àn hé
暗地 àn dì
暗地里 àn dì lǐ
暗室不欺 àn shì bù qī
暗射地图 àn shè dì tú
暗度陈仓 àn dù chén cāng
暗扣儿 àn kòu er
暗斗明争 àn dòu míng zhēng
暗箭中人 àn jiàn zhòng rén
暗红 àn hóng
暗绿 àn lǜ
暗绿稀红 àn lǜ xī hóng
暗藏 àn cáng
暗补 àn bǔ
暗语 àn yǔ
暗转 àn zhuǎn
暗锤打人 àn chuí dǎ rén
暧昧不明 ài mèi bù míng
暮去朝来 mù qù zhāo lái
暮四朝三 mù sì zhāo sān
暮夜无知 mù yè wú zhī
暮想朝思 mù xiǎng zhāo sī
暮景 mù jǐng
暮景残光 mù jǐng cán guāng
暮暮朝朝 mù mù zhāo zhāo
暮楚朝秦 mù chǔ cháo qín
暮爨朝舂 mù cuàn zhāo chōng
暮礼晨参 mù lǐ chén cān
暮翠朝红 mù cuì zhāo hóng
暮虢朝虞 mù guó zhāo yú
暮雨朝云 mù yǔ zhāo yún
暮鼓朝钟 mù gǔ cháo zhōng
暴乱 bào luàn
暴光 bào guāng
暴内陵外 bào nèi líng wài
暴利 bào lì
暴力 bào lì
暴力革命 bào lì gé mìng
暴动 bào dòng
暴发 bào fā
暴富 bào fù
暴尸 bào shī
暴晒 pù shài
暴死 bào sǐ
暴民 bào mín
暴病 bào bìng
暴腮龙门 pù sāi lóng mén
暴虎冯河 bào hǔ píng hé
暴虐 bào nüè
暴虐无道 bào nüè wú dào
暴行 bào xíng
暴衣露冠 pù yī lù guàn
暴衣露盖 pù yī lù gài
暴跳 bào tiào
暴雨 bào yǔ
暴露 bào lù
暴露文学 bào lòu wén xué
暴露无遗 bào lù wú yí
暴风 bào fēng
暴风疾雨 bào fēng jí yǔ
暴风雨 bào fēng yǔ
暴风骤雨 bào fēng zhòu yǔ
暴饮暴食 bào yǐn bào shí
曝光 bào guāng
曝光表 bào guāng biǎo
曝露 pù lù
曲不离口 qǔ bù lí kǒu
曲学诐行 qǔ xué bì xíng
曲学阿世 qǔ xué ā shì
曲尺 qū chǐ
曲尽其妙 qū jìn qí miào
曲度 qǔ dù
曲张 qǔ zhāng
曲径 qū jìng
曲径通幽 qū jìng tōng yōu
曲意迎合 qǔ yì yíng hé
曲折 qū zhé
曲曲 qū qū
曲曲折折 qū qū zhé zhé
曲水 qǔ shuǐ
曲江 qǔ jiāng
曲率 qū lǜ
曲目 qǔ mù
曲直 qū zhí
曲线 qū xiàn
曲线图 qū xiàn tú
曲线美 qū xiàn měi
曲线运动 qū xiàn yùn dòng
曲终奏雅 qǔ zhōng zòu yǎ
曲肱而枕 qǔ gōng ér zhěn
曲解 qū jiě
曲调 qǔ diào
曲面 qū miàn
曲高和寡 qǔ gāo hè guǎ
曳光弹 yè guāng dàn
曳尾涂中 yè wěi tú zhōng
曳裾王门 yè jū wáng mén
更仆难尽 gèng pú nán jìn
更仆难数 gēng pú nán shǔ
更仆难终 gēng pú nán zhōng
更加 gèng jiā
更动 gēng dòng
更名 gēng míng
更名改姓 gēng míng gǎi xìng
更唱叠和 gēng chàng dié hé
更唱迭和 gēng chàng dié hé
更定 gēng dìng
更年期 gēng nián qī
更张 gēng zhāng
更换 gēng huàn
更改 gēng gǎi
更替 gēng tì
更正 gēng zhèng
更深 gēng shēn
更生 gēng shēng
更番 gēng fān
更衣 gēng yī
更进一步 gèng jìn yí bù
更迭 gēng dié
更长梦短 gēng cháng mèng duǎn
更难仆数 gēng nán pú shù
更鼓 gēng gǔ
曾不惨然 zēng bù cǎn rán
曾几何时 céng jǐ hé shí
曾参杀人 zēng shēn shā rén
曾孙 zēng sūn
曾无与二 céng wú yǔ èr
曾母投杼 zēng mǔ tóu zhù
曾祖 zēng zǔ
曾祖母 zēng zǔ mǔ
曾祖父 zēng zǔ fù
曾经 céng jīng
曾经沧海 céng jīng cāng hǎi
替天行道 tì tiān xíng dào
替罪羊 tì zuì yáng
最后一刻 zuì hòu yí kè
最后的晚餐 zuì hòu de wǎn cān
最大公约数 zuì dà gōng yuē shù
最小公倍数 zuì xiǎo gōng bèi shù
月中 yuè zhōng
月中折桂 yuè zhōng shé guì
月产 yuè chǎn
月产量 yuè chǎn liàng
月份 yuè fèn
月份牌 yuè fèn pái
月份牌儿 yuè fèn pái er
月光如水 yuè guāng rú shuǐ
月全食 yuè quán shí
月华 yuè huá
月圆花好 yuè yuán huā hǎo
月坠花折 yuè zhuì huā zhé
月夕花朝 yuè xī huā zhāo
月夜花朝 yuè yè huā zhāo
月头儿 yuè tou er
月度 yuè dù
月晕 yuè yùn
月晕而风 yuè yùn ér fēng
月月红 yuè yuè hóng
月朗风清 yuè lǎng fēng qīng
月氏 yuè zhī
月没参横 yuè mò shēn héng
月牙儿 yuè yá er
月白风清 yuè bái fēng qīng
月盈则食 yuè yíng zé shí
月相 yuè xiàng
月石 yuè shí
月章星句 yuè zhāng xīng jù
月落参横 yuè luò shēn héng
月落星沉 yuè luò xīng chén
月露风云 yuè lù fēng yún
月食 yuè shí
月黑风高 yuè hēi fēng gāo
有一天 yǒu yī tiān
有一得一 yǒu yī dé yī
有一手 yǒu yī shǒu
有一无二 yǒu yī wú èr
有三有俩 yǒu sān yǒu liǎng
有中国特色的社会主义 yǒu zhōng guó tè shǎi de shè huì zhǔ yì
有人 yǒu rén
有人家儿 yǒu rén jiā ér
有何面目 yǒu hé miàn mù
有余 yǒu yú
有你的 yǒu nǐ de
有例可援 yǒu lì kě yuán
有借无还 yǒu jiè wú huán
有偿 yǒu cháng
有光纸 yǒu guāng zhǐ
有关 yǒu guān
有冯有翼 yǒu píng yǒu yì
有利 yǒu lì
有利可图 yǒu lì kě tú
有功 yǒu gōng
有劲 yǒu jìn
有劳 yǒu láo
有勇知方 yǒu yǒng zhī fāng
有变 yǒu biàn
有口无心 yǒu kǒu wú xīn
有口无行 yǒu kǒu wú xíng
有口皆碑 yǒu kǒu jiē bēi
有口难分 yǒu kǒu nán fēn
有口难言 yǒu kǒu nán yán
有名 yǒu míng
有味 yǒu wèi
有味儿 yǒu wèi er
有嘴无心 yǒu zuǐ wú xīn
有嘴没心 yǒu zuǐ méi xīn
有国难投 yǒu guó nán tóu
有声 yǒu shēng
有声有色 yǒu shēng yǒu sè
有天无日 yǒu tiān wú rì
有天没日 yǒu tiān méi rì
有天没日头 yǒu tiān méi rì tóu
有女怀春 yǒu nǚ huái chūn
有如 yǒu rú
有始无终 yǒu shǐ wú zhōng
有始有终 yǒu shǐ yǒu zhōng
有害 yǒu hài
有害无利 yǒu hài wú lì
有己无人 yǒu jǐ wú rén
有年 yǒu nián
有年无月 yǒu nián wú yuè
有形 yǒu xíng
有得 yǒu dé
有德 yǒu dé
有心 yǒu xīn
有心人 yǒu xīn rén
有志 yǒu zhì
有志不在年高 yǒu zhì bù zài nián gāo
有志无时 yǒu zhì wú shí
有志竟成 yǒu zhì jìng chéng
有志者事竟成 yǒu zhì zhě shì jìng chéng
有性 yǒu xìng
有性杂交 yǒu xìng zá jiāo
有恃无恐 yǒu shì wú kǒng
有恃毋恐 yǒu shì wú kǒng
有情 yǒu qíng
有意 yǒu yì
有意识 yǒu yì shí
有成 yǒu chéng
有我无人 yǒu wǒ wú rén
有才无命 yǒu cái wú mìng
有损于 yǒu sǔn yú
有效 yǒu xiào
有效期 yǒu xiào qī
有救 yǒu jiù
有教无类 yǒu jiào wú lèi
有数 yǒu shù
有文无行 yǒu wén wú xíng
有方 yǒu fāng
有无 yǒu wú
有无相通 yǒu wú xiāng tōng
有旧 yǒu jiù
有时 yǒu shí
有朝一日 yǒu zhāo yī rì
有本有源 yǒu běn yǒu yuán
有机 yǒu jī
有机可乘 yǒu jī kě chéng
有机合成 yǒu jī hé chéng
有机质 yǒu jī zhì
有机食品 yǒu jī shí pǐn
有来无回 yǒu lái wú huí
有来有往 yǒu lái yǒu wǎng
有枝有叶 yǒu zhī yǒu yè
有枝添叶 yǒu zhī tiān yè
有案可查 yǒu àn kě chá
有案可稽 yǒu àn kě jī
有棱有角 yǒu léng yǒu jiǎo
有模有样 yǒu mú yǒu yàng
有死无二 yǒu sǐ wú èr
有求必应 yǒu qiú bì yìng
有点 yǒu diǎn
有理 yǒu lǐ
有理数 yǒu lǐ shù
有生 yǒu shēng
有生以来 yǒu shēng yǐ lái
有生力量 yǒu shēng lì liàng
有用 yǒu yòng
有病 yǒu bìng
有的 yǒu de
有的放矢 yǒu dì fàng shǐ
有的是 yǒu de shì
有目共见 yǒu mù gòng jiàn
有盼 yǒu pàn
有盼儿 yǒu pàn ér
有眼不识泰山 yǒu yǎn bù shí tài shān
有眼无珠 yǒu yǎn wú zhū
有着 yǒu zhe
有礼 yǒu lǐ
有神 yǒu shén
有神论 yǒu shén lùn
有空 yǒu kòng
有空儿 yǒu kòng er
有约在先 yǒu yuē zài xiān
有线电话 yǒu xiàn diàn huà
有缘 yǒu yuán
有缘千里来相会 yǒu yuán qiān lǐ lái xiāng huì
有翅难飞 yǒu chì nán fēi
有胆有识 yǒu dǎn yǒu shí
有脚阳春 yǒu jiǎo yáng chūn
有色 yǒu sè
有色金属 yǒu sè jīn shǔ
有若 yǒu ruò
有蠙可乘 yǒu pín kě chéng
有血有肉 yǒu xuè yǒu ròu
有言 yǒu yán
有言在先 yǒu yán zài xiān
有识 yǒu shí
有请 yǒu qǐng
有蹄类 yǒu tí lèi
有轨电车 yǒu guǐ diàn chē
有进无退 yǒu jìn wú tuì
有道 yǒu dào
有道是 yǒu dào shì
有门儿 yǒu mén er
有闲 yǒu xián
有隙可乘 yǒu xì kě chéng
有鬼 yǒu guǐ
服人 fú rén
服从 fú cóng
服众 fú zhòng
服低做小 fú dī zuò xiǎo
服务行业 fú wù háng yè
服勤 fú qín
服差役 fú chāi yì
服法 fú fǎ
服牛乘马 fú niú chéng mǎ
服用 fú yòng
服老 fú lǎo
服色 fú sè
服装 fú zhuāng
服软 fú ruǎn
朔风 shuò fēng
朗月清风 lǎng yuè qīng fēng
朗朗上口 lǎng lǎng shàng kǒu
朗朗乾坤 lǎng lǎng qián kūn
望其项背 wàng qí xiàng bèi
望尘僄声 wàng chén piào shēng
望尘奔北 wàng chén bēn běi
望尘奔溃 wàng chén bēn kuì
望屋以食 wàng wū yǐ shí
望屋而食 wàng wū ér shí
望影揣情 wàng yǐng chuāi qíng
望眼将穿 wàng yǎn jiāng chuān
望表知里 wàng biǎo zhī lǐ
望闻问切 wàng wén wèn qiè
望风响应 wàng fēng xiǎng yīng
望风希指 wàng fēng xī zhǐ
望风披靡 wàng fēng pī mǐ
望风而遁 wàng fēng ér dùn
望风而降 wàng fēng ér jiàng
望风而靡 wàng fēng ér mǐ
朝三暮二 zhāo sān mù èr
朝三暮四 zhāo sān mù sì
朝上 cháo shàng
朝不保夕 zhāo bù bǎo xī
朝不保暮 zhāo bù bǎo mù
朝不及夕 zhāo bù jí xī
朝不虑夕 zhāo bù lǜ xī
朝不谋夕 zhāo bù móu xī
朝乾夕惕 zhāo qián xī tì
朝乾夕愓 zhāo qián xī dàng
朝云暮雨 zhāo yún mù yǔ
朝令夕改 zhāo lìng xī gǎi
朝令暮改 zhāo lìng mù gǎi
朝会 zhāo huì
朝前夕惕 zhāo qián xī tì
朝升暮合 zhāo shēng mù gě
朝华夕秀 zhāo huá xī xiù
朝发夕至 zhāo fā xī zhì
朝发暮至 zhāo fā mù zhì
朝圣 cháo shèng
朝夕 zhāo xī
朝夕相处 zhāo xī xiāng chǔ
朝天 cháo tiān
朝夷暮跖 zhāo yí mù zhí
朝奏夕召 zhāo zòu xī zhào
朝奏暮召 zhāo zòu mù zhào
朝思暮想 zhāo sī mù xiǎng
朝成夕毁 zhāo chéng xī huǐ
朝成暮徧 zhāo chéng mù biàn
朝成暮毁 zhāo chéng mù huǐ
朝成暮遍 zhāo chéng mù biàn
朝折暮折 zhāo shé mù shé
朝拜 cháo bài
朝攀暮折 zhāo pān mù shé
朝斯夕斯 zhāo sī xī sī
朝日 zhāo rì
朝日关系 cháo rì guān xì
朝晖 zhāo huī
朝暮 zhāo mù
朝更暮改 zhāo gèng mù gǎi
朝朝暮暮 zhāo zhāo mù mù
朝梁暮周 zhāo liáng mù zhōu
朝梁暮晋 zhāo liáng mù jìn
朝梁暮陈 zhāo liáng mù chén
朝欢暮乐 zhāo huān mù lè
朝歌夜弦 zhāo gē yè xián
朝歌暮弦 zhāo gē mù xián
朝气 zhāo qì
朝气蓬勃 zhāo qì péng bó
朝生夕死 zhāo shēng xī sǐ
朝生暮死 zhāo shēng mù sǐ
朝着 cháo zhe
朝种暮获 zhāo zhòng mù huò
朝秦暮楚 zhāo qín mù chǔ
朝穿暮塞 zhāo chuān mù sāi
朝章国故 cháo zhāng guó gù
朝经暮史 zhāo jīng mù shǐ
朝臣 cháo chén
朝荣夕灭 zhāo róng xī miè
朝衣东市 zhāo yī dōng shì
朝见 cháo jiàn
朝觐 cháo jìn
朝觐圣地 cháo jìn shèng dì
朝贡 cháo gòng
朝趁暮食 zhāo chèn mù shí
朝过夕改 zhāo guò xī gǎi
朝里无人莫做官 cháo lǐ wú rén mò zuò guān
朝野 cháo yě
朝野上下 cháo yě shàng xià
朝钟暮鼓 zhāo zhōng mù gǔ
朝锺暮鼓 zhāo zhōng mù gǔ
朝闻夕改 zhāo wén xī gǎi
朝闻夕死 zhāo wén xī sǐ
朝闻道夕死可矣 zhāo wén dào xī sǐ kě yǐ
朝阳 zhāo yáng
朝阳丹凤 cháo yáng dān fèng
朝阳区 cháo yáng qū
朝阳花 cháo yáng huā
朝阳鸣凤 zhāo yáng míng fèng
朝霞 zhāo xiá
朝露 zhāo lù
朝露溘至 zhāo lù kè zhì
朝饔夕飧 zhāo yōng xī sūn
朝齑夕盐 zhāo jī xī yán
朝齑暮盐 zhāo jī mù yán
期中 qī zhōng
期年 jī nián
期数 qī shù
期期 qī qī
期末 qī mò
期求 qī qiú
期门 qī mén
期间 qī jiān
木人石心 mù rén shí xīn
木偶片 mù ǒu piàn
木化石 mù huà shí
木塞 mù sāi
木头 mù tou
木头人 mù tou rén
木尺 mù chǐ
木干鸟栖 mù gān niǎo qī
木排 mù pái
木栅 mù shān
木模 mù mú
木瓦 mù wǎ
木笼 mù lóng
木落归本 mù luò guī běn
未为不可 wèi wéi bù kě
未了 wèi liǎo
未了公案 wèi liǎo gōng àn
未亡人 wèi wáng rén
未便 wèi biàn
未几 wèi jǐ
未卜 wèi bǔ
未卜先知 wèi bǔ xiān zhī
未可 wèi kě
未可厚非 wèi kě hòu fēi
未可同日而语 wèi kě tóng rì ér yǔ
未敢苟同 wèi gǎn gǒu tóng
未曾 wèi céng
未有 wèi yǒu
未爆炸弹 wèi bào zhà dàn
未知万一 wèi zhī wàn yī
未知数 wèi zhī shù
未艾方兴 wèi ài fāng xīng
未足轻重 wèi zú qīng zhòng
未达一间 wèi dá yī jiān
未雨绸缪 wèi yǔ chóu móu
未风先雨 wèi fēng xiān yǔ
末了 mò liǎo
末叶 mò yè
末大必折 mò dà bì zhé
末如之何 mò rú zhī hé
末期 mò qī
末梢 mò shāo
末梢神经 mò shāo shén jīng
末班车 mò bān chē
末节 mò jié
末节细行 mò jié xì xíng
本世纪 běn shì jì
本分 běn fèn
本同末离 běn tóng mò lí
本地 běn dì
本地人 běn dì rén
本家 běn jiā
本就 běn jiù
本年度 běn nián dù
本当 běn dāng
本性难移 běn xìng nán yí
本本分分 běn běn fèn fēn
本校 běn xiào
本相 běn xiàng
本相毕露 běn xiàng bì lù
本省 běn shěng
本着 běn zhe
本纪 běn jì
本能 běn néng
本行 běn háng
术后 shù hòu
术语 shù yǔ
朱唇玉面 zhū chún yù miàn
朱唇皓齿 zhū chún hào chǐ
朱唇粉面 zhū chún fěn miàn
朱批 zhū pī
朱文 zhū wén
朱楼碧瓦 zhū lóu bì wǎ
朱槃玉敦 zhū pán yù duì
朱甍碧瓦 zhū méng bì wǎ
朱盘玉敦 zhū pán yù duì
朱红 zhū hóng
朱衣点头 zhū yī diǎn tóu
朱门 zhū mén
朱陈之好 zhū chén zhī hǎo
朱雀 zhū què
朱雀玄武 zhū què xuán wǔ
朱颜绿发 zhū yán lǜ fā
朱颜翠发 zhū yán cuì fā
朱颜鹤发 zhū yán hè fā
朴刀 pō dāo
朴厚 pǔ hòu
朴实 pǔ shí
朴实无华 pǔ shí wú huá
朴拙 pǔ zhuō
朴斫之材 pǔ zhuó zhī cái
朴直 pǔ zhí
朴硝 pò xiāo
朴素 pǔ sù
朴素无华 pǔ sù wú huá
朴质 pǔ zhì
朵颐大嚼 duǒ yí dà jiáo
机不可失 jī bù kě shī
机不容发 jī bù róng fā
机会 jī huì
机会主义 jī huì zhǔ yì
机关炮 jī guān pào
机关用尽 jī guān yòng jìn
机关算尽 jī guān suàn jìn
机关车 jī guān chē
机动车 jī dòng chē
机器脚踏车 jī qì jiǎo tà chē
机杼一家 jī zhù yī jiā
机械论 jī xiè lùn
机能 jī néng
机车 jī chē
机长 jī zhǎng
机降 jī jiàng
机难轻失 jī nán qīng shī
朽木不可雕 xiǔ mù bù kě diāo
朽木不雕 xiǔ mù bù diāo
朽木难彫 xiǔ mù nán diāo
朽木难雕 xiǔ mù nán diāo
朽条腐索 xiǔ tiáo fǔ suǒ
朽棘不彫 xiǔ jí bù diāo
朽棘不雕 xiǔ jí bù diāo
朽骨重肉 xiǔ gǔ zhòng ròu
杀人不见血 shā rén bù jiàn xuè
杀伤炸弹 shā shāng zhà dàn
杀出重围 shā chū chóng wéi
杀头 shā tóu
杀妻求将 shā qī qiú jiàng
杀时间 shā shí jiān
杀衣缩食 shā yī suō shí
杀马毁车 shā mǎ huǐ chē
杀鸡抹脖 shā jī mǒ bó
杂家 zá jiā
杂差 zá chà
杂拌 zá bàn
杂拌儿 zá bàn ér
杂毛 zá máo
杂沓 zá tà
杂说 zá shuō
杂院儿 zá yuàn er
杂食 zá shí
权且 quán qiě
权倾中外 quán qīng zhōng wài
权数 quán shù
权欲 quán yù
权欲熏心 quán yù xūn xīn
权能 quán néng
权衡轻重 quán héng qīng zhòng
权重 quán zhòng
杆塔 gān tǎ
杉木 shā mù
杉树 shān shù
李卜克内西 lǐ bǔ kè nèi xī
李广不侯 lǐ guǎng bù hòu
李广未封 lǐ guǎng wèi fēng
李广难封 lǐ guǎng nán fēng
李白桃红 lǐ bái táo hóng
杏仁茶 xìng rén chá
杏核 xìng hé
杏红 xìng hóng
杏花 xìng huā
杏花春雨 xìng huā chūn yǔ
杏雨梨云 xìng yǔ lí yún
材剧志大 cái jù zhì dà
材大难用 cái dà nán yòng
材疏志大 cái shū zhì dà
材薄质衰 cái bó zhì shuāi
材轻德薄 cái qīng dé bó
材高知深 cái gāo zhì shēn
村上 cūn shàng
村夫 cūn fū
村夫野老 cūn fū yě lǎo
村头 cūn tóu
村学究语 cūn xué jiū yǔ
村生泊长 cūn shēng bó cháng
村舍 cūn shè
村落 cūn luò
村貌 cūn mào
村长 cūn zhǎng
杖履相从 zhàng lǚ xiāng cóng
杜渐防微 dù jiàn fáng wēi
杜渐除微 dù jiàn chú wēi
杜门不出 dù mén bù chū
杜门屏迹 dù mén píng jì
杜鹃啼血 dù juān tí xuè
杜默为诗 dù mò wéi shī
束上起下 shù shàng qǐ xià
束修自好 shù xiū zì hǎo
束发 shù fà
束带结发 shù dài jié fā
束广就狭 shù guǎng jiù xiá
束戈卷甲 shù gē juàn jiǎ
束手待死 shù shǒu dài sǐ
束缊举火 shù yūn jǔ huǒ
束缊请火 shù yùn qǐng huǒ
束缊还妇 shù yūn huán fù
束身自好 shù shēn zì hào
束马县车 shù mǎ xiàn chē
束马悬车 shù mǎ xuán chē
杠头 gàng tóu
条三窝四 tiáo sān wō sì
条件 tiáo jiàn
条件刺激 tiáo jiàn cì jī
条件反射 tiáo jiàn fǎn shè
条几 tiáo jī
条分节解 tiáo fēn jié jiě
条干 tiáo gàn
条形 tiáo xíng
条文 tiáo wén
条条 tiáo tiáo
条条大路通罗马 tiáo tiáo dà lù tōng luó mǎ
条款 tiáo kuǎn
条目 tiáo mù
条石 tiáo shí
条规 tiáo guī
条贯 tiáo guàn
条贯部分 tiáo guàn bù fēn
来不得 lái bù dé
来信 lái xìn
来劲 lái jìn
来历不明 lái lì bù míng
来去分明 lái qù fēn míng
来头 lái tou
来得 lái de
来日方长 lái rì fāng cháng
来着 lái zhe
来者不善 lái zhě bù shàn
来者可追 lái zhě kě zhuī
来者居上 lái zhě jū shàng
来路不明 lái lù bù míng
来鸿去燕 lái hóng qù yàn
来龙去脉 lái lóng qù mài
杨木 yáng mù
杨生黄雀 yáng shēng huáng què
杨穿三叶 yáng chuān sān yè
杨雀衔环 yáng què xián huán
杯盘狼藉 bēi pán láng jí
杯蛇鬼车 bēi shé guǐ chē
杳无音信 yǎo wú yīn xìn
杼柚之空 zhù zhóu zhī kōng
杼柚其空 zhù zhóu qí kōng
杼柚空虚 zhù zhóu kōng xū
松劲 sōng jìn
松叶 sōng yè
松塔儿 sōng tǎ er
松形鹤骨 sōng xíng hè gǔ
松枝 sōng zhī
松柏 sōng bǎi
板上砸钉 bǎn shàng zá dīng
板上钉钉 bǎn shàng dìng dīng
板板六十四 bǎn bǎn liù shí sì
板正 bǎn zhèng
板结 bǎn jié
板车 bǎn chē
极乐 jí lè
极乐鸟 jí lè niǎo
极圈 jí quān
极地 jí dì
极大 jí dà
极天罔地 jí tiān wǎng dì
极天蟠地 jí tiān pán dì
极天际地 jí tiān jì dì
极好 jí hǎo
极少数 jí shǎo shù
极左 jí zuǒ
极度 jí dù
极往知来 jí wǎng zhī lái
极恶 jí è
极深研几 jí shēn yán jī
极盛 jí shèng
极重不反 jí zhòng bù fǎn
极重难返 jí zhòng nán fǎn
极量 jí liàng
枇杷门巷 pí pá mén xiàng
枉口嚼舌 wǎng kǒu jiáo shé
枉墨矫绳 wǎng mò jiǎo shéng
枉尺直寻 wǎng chǐ zhí xún
枉己正人 wǎng jǐ zhèng rén
枉矫过激 wǎng jiǎo guò jī
析交离亲 xī jiāo lí qīn
析圭儋爵 xī guī dān jué
析圭担爵 xī guī dān jué
析疑 xī yí
枕中鸿宝 zhěn zhōng hóng bǎo
枕头 zhěn tou
枕头风 zhěn tou fēng
枕山臂江 zhěn shān bì jiāng
枕席还师 zhěn xí huán shī
枕戈待命 zhěn gē dài mìng
枕戈待旦 zhěn gē dài dàn
枕戈汗马 zhěn gē hàn mǎ
枕戈泣血 zhěn gē qì xuè
枕戈饮血 zhěn gē yǐn xuè
枕曲藉糟 zhěn qū jiè zāo
枕流漱石 zhěn liú shù shí
枕石嗽流 zhěn shí shù liú
枕石寝绳 zhěn shí qǐn shéng
枕石漱流 zhěn shí shù liú
枕藉 zhěn jiè
枕骨 zhěn gǔ
枕麹藉糟 zhěn qū jiè zāo
林下清风 lín xià qīng fēng
林下风度 lín xià fēng dù
林下高风 lín xià gāo fēng
林冠 lín guān
林区 lín qū
林地 lín dì
林荫道 lín yīn dào
果于自信 guǒ yú zì xìn
果子露 guǒ zi lù
果干 guǒ gàn
果干儿 guǒ gān er
果枝 guǒ zhī
果核 guǒ hé
果熟蒂落 guǒ shú dì luò
果行育德 guǒ xíng yù dé
枝分缕解 zhī fēn lǚ jiě
枝叶 zhī yè
枝叶扶疏 zhī yè fú shū
枝外生枝 zhī wài shēng zhī
枝大于本 zhī dà yú běn
枝头 zhī tóu
枝对叶比 zhī duì yè bǐ
枝布叶分 zhī bù yè fēn
枝干 zhī gàn
枝接 zhī jiē
枝流叶布 zhī liú yè bù
枝源派本 zhī yuán pài běn
枝节 zhī jié
枝节横生 zhī jié héng shēng
枝词蔓语 zhī cí màn yǔ
枝词蔓说 zhī cí màn shuō
枝辞蔓语 zhī cí màn yǔ
枝附叶从 zhī fù yè cóng
枝附叶着 zhī fù yè zhuó
枝附叶著 zhī fù yè zhuó
枝附影从 zhī fù yǐng cóng
枞树 cōng shù
枞阳 zōng yáng
枣核 zǎo hé
枣泥 zǎo ní
枣红 zǎo hóng
枣红色 zǎo hóng sè
枪子儿 qiāng zi er
枪弹 qiāng dàn
枪打出头鸟 qiāng dǎ chū tóu niǎo
枪林弹雨 qiāng lín dàn yǔ
枪枝 qiāng zhī
枪榴弹 qiāng liú dàn
枪炮 qiāng pào
枪烟炮雨 qiāng yān pào yǔ
枪烟砲雨 qiāng yān pào yǔ
枫叶 fēng yè
枭将 xiāo jiàng
枯体灰心 kū tǐ huī xīn
枯叶 kū yè
枯干 kū gān
枯枝 kū zhī
枯枝再春 kū zhī zài chūn
枯枝败叶 kū zhī bài yè
枯树生华 kū shù shēng huā
枯苗望雨 kū miáo wàng yǔ
枯骨 kū gǔ
枯骨生肉 kū gǔ shēng ròu
枵腹从公 xiāo fù cóng gōng
枵腹终朝 xiāo fù zhōng cháo
架子 jià zi
架子工 jià zi gōng
架子花 jià zi huā
架子车 jià zi chē
架空 jià kōng
架谎凿空 jià huǎng záo kōng
枸橼 jǔ yuán
柏乡 bǎi xiāng
柏拉图 bó lā tú
柏林 bó lín
柏油 bǎi yóu
柏油纸 bó yóu zhǐ
柏油路 bǎi yóu lù
某地 mǒu dì
染神刻骨 rǎn shén kè gǔ
染须种齿 rǎn xū zhǒng chǐ
柔和 róu hé
柔心弱骨 róu xīn ruò gǔ
柔情侠骨 róu qíng xiá gǔ
柔枝嫩叶 róu zhī nèn yè
柔筋脆骨 róu jīn cuì gǔ
柔而不犯 róu ér bù fàn
柔肠百结 róu cháng bǎi jié
柔肠百转 róu cháng bǎi zhuǎn
柔能制刚 róu néng zhì gāng
柔茹刚吐 róu rú gāng tǔ
柔远怀来 róu yuǎn huái lái
柚木 yóu mù
柜上 guì shàng
柞丝绸 zuò sī chóu
柞木 zuò mù
柞树 zuò shù
柞水 zhà shuǐ
柞绸 zuò chóu
柞蚕 zuò cán
查办 chá bàn
查勘 chá kān
查勤 chá qín
查哨 chá shào
查夜 chá yè
查对 chá duì
查寻 chá xún
查封 chá fēng
查找 chá zhǎo
查抄 chá chāo
查明 chá míng
查查 zhā zhā
查核 chá hé
查清 chá qīng
查点 chá diǎn
查私 chá sī
查究 chá jiū
查获 chá huò
查问 chá wèn
柩车 jiù chē
柱天踏地 zhù tiān tà dì
柱小倾大 zhù xiǎo qīng dà
柱石 zhù shí
柳叶 liǔ yè
柳巷 liǔ xiàng
柳枝 liǔ zhī
柳绿桃红 liǔ lǜ táo hóng
柳绿花红 liǔ lǜ huā hóng
柳莺花燕 liǔ yīng huā yàn
柳街花巷 liǔ jiē huā xiàng
柳门竹巷 liǔ mén zhú xiàng
柴毁骨立 chái huǐ gǔ lì
柴沟堡 chái gōu bǔ
柴立不阿 chái lì bù ē
柴达木盆地 chái dá mù pén dì
栅极 shān jí
栅栏 zhà lán
栅门 zhà mén
标准大气压 biāo zhǔn dà qì yā
标准时区 biāo zhǔn shí qū
标准语 biāo zhǔn yǔ
标尺 biāo chǐ
标度 biāo dù
标枝野鹿 biāo zhī yě lù
标的 biāo dì
标称 biāo chēng
标识 biāo shí
标语 biāo yǔ
标量 biāo liàng
标题音乐 biāo tí yīn yuè
栉比鳞差 zhì bǐ lín chà
栉沐风雨 zhì mù fēng yǔ
栉霜沐露 zhì shuāng mù lù
栉风沐雨 zhì fēng mù yǔ
栉风酾雨 zhì fēng shī yǔ
栋折榱坏 dòng shé cuī huài
栋折榱崩 dòng zhé cuī bēng
栎木 lì mù
栎树 lì shù
栎阳雨金 lì yáng yǔ jīn
栏干 lán gān
栏栅 lán shān
树上开花 shù shàng kāi huā
树冠 shù guān
树叶 shù yè
树大招风 shù dà zhāo fēng
树大根深 shù dà gēn shēn
树干 shù gàn
树枝 shù zhī
树欲息而风不停 shù yù xī ér fēng bù tíng
树欲静而风不停 shù yù jìng ér fēng bù tíng
树碑立传 shù bēi lì zhuàn
树行子 shù hàng zi
树高招风 shù gāo zhāo fēng
栓塞 shuān sè
栖冲业简 qī chōng yè jiǎn
栖居 qī jū
栖栖 xī xī
栖栖遑遑 qī qī huáng huáng
栖身 qī shēn
栖风宿雨 qī fēng xiǔ yǔ
栗暴 lì bào
校准 jiào zhǔn
校勘 jiào kān
校友 xiào yǒu
校友会 xiào yǒu huì
校史 xiào shǐ
校场 jiào chǎng
校官 xiào guān
校对 jiào duì
校对员 jiào duì yuán
校尉 xiào wèi
校工 xiào gōng
校改 jiào gǎi
校本 jiào běn
校样 jiào yàng
校核 jiào hé
校歌 xiào gē
校正 jiào zhèng
校注 jiào zhù
校点 jiào diǎn
校短推长 xiào duǎn tuī cháng
校短量长 jiào duǎn liáng cháng
校舍 xiào shè
校花 xiào huā
校规 xiào guī
校订 jiào dìng
校长 xiào zhǎng
校门 xiào mén
校阅 jiào yuè
校风 xiào fēng
校验 jiào yàn
株连蔓引 zhū lián màn yǐn
样片 yàng piàn
核儿 hú ér
核反应 hé fǎn yìng
核发 hé fā
核垄断 hé lǒng duàn
核定 hé dìng
核审 hé shěn
核对 hé duì
核弹 hé dàn
核弹头 hé dàn tóu
核心 hé xīn
核战争 hé zhàn zhēng
核查 hé chá
核桃 hé táo
核桃仁儿 hé táo rén er
核桃凹 hé táo wā
核武器 hé wǔ qì
核能 hé néng
核蛋白 hé dàn bái
核计 hé jì
核讹诈 hé é zhà
核黄素 hé huáng sù
根孤伎薄 gēn gū jì báo
根指数 gēn zhǐ shù
根据 gēn jù
根据地 gēn jù dì
根株附丽 gēn zhū fù lì
根椽片瓦 gēn chuán piàn wǎ
根深柢固 gēn shēn dǐ gù
根深蒂结 gēn shēn dì jié
根生土长 gēn shēng tǔ zhǎng
根盘蒂结 gēn pán dì jié
根系 gēn xì
根结盘固 gēn jié pán gù
格不相入 gé bù xiāng rù
格斗 gé dòu
格杀不论 gé shā bù lùn
格杀勿论 gé shā wù lùn
格杀弗论 gé shā fú lùn
格杀无论 gé shā wú lùn
格林尼治时间 gé lín ní zhì shí jiān
格格不入 gé gé bù rù
格格不吐 gē gē bù tǔ
格格不纳 gē gē bù nà
格物致知 gé wù zhì zhī
格纸 gé zhǐ
格调 gé diào
栽倒 zāi dǎo
栽树 zāi shù
栽跟头 zāi gēn tou
桂冠 guì guān
桂折一枝 guì shé yī zhī
桂折兰摧 guì shé lán cuī
桂林一枝 guì lín yī zhī
桂枝 guì zhī
桂枝片玉 guì zhī piàn yù
桂玉之地 guì yù zhī dì
桃李春风 táo lǐ chūn fēng
桃核 táo hé
桃红 táo hóng
桃红柳绿 táo hóng liǔ lǜ
框定 kuāng dìng
案卷 àn juàn
案甲休兵 àn jiǎ xiū bīng
桌子 zhuō zi
桌面上 zhuō miàn shàng
桌面儿上 zhuō miàn ér shàng
桐树 tóng shù
桑叶 sāng yè
桑土绸缪 sāng tǔ chóu miù
桑户棬枢 sāng hù juàn shū
桑拿浴 sāng ná yù
桑荫未移 sāng yīn wèi yí
桑落瓦解 sāng luò wǎ jiě
桑葚 sāng shèn
桑葚儿 sāng rèn er
桑间之音 sāng jiān zhī yīn
桑间濮上 sāng jiān pú shàng
桔梗 jié gěng
桔槔 jié gāo
桠枝 yā zhī
桡动脉 ráo dòng mài
桡骨 ráo gǔ
桥头 qiáo tóu
桥头堡 qiáo tóu bǎo
桥拱 qiáo gǒng
桥栏 qiáo lán
桥身 qiáo shēn
桨叶 jiǎng yè
桨声灯影里的秦淮河 jiǎng shēng dēng yǐng lǐ de qín huái hé
桴鼓相应 fú gǔ xiāng yìng
梅雨 méi yǔ
梗塞 gěng sè
梗泛萍漂 gěng fàn píng piāo
梦想颠倒 mèng xiǎng diān dǎo
梦见周公 mèng jiàn zhōu gōng
梦魂颠倒 mèng hún diān dǎo
梧桐一叶落 wú tóng yī yè luò
梧桐断角 wú tóng duàn jiǎo
梨眉艾发 lí méi ài fā
梨花带雨 lí huā dài yǔ
梭天摸地 suō tiān mō dì
梵册贝叶 fàn cè bèi yè
梵刹 fàn chà
梵呗 fàn bài
棉区 mián qū
棉大衣 mián dà yī
棉猴儿 mián hóu er
棉织品 mián zhī pǐn
棉被 mián bèi
棋类 qí lèi
棋输先着 qí shū xiān zhāo
棋输先著 qí shū xiān zhuó
棋风 qí fēng
棋高一着 qí gāo yī zhāo
棍儿茶 gùn ér chá
棍子 gùn zi
棒头 bàng tóu
棒子面 bàng zi miàn
棘地荆天 jí dì jīng tiān
棚圈 péng juàn
棚车 péng chē
棱角 léng jiǎo
椅垫 yǐ diàn
植发冲冠 zhí fà chōng guàn
植发穿冠 zhí fà chuān guàn
植善倾恶 zhí shàn qīng è
植物群落 zhí wù qún luò
椎天抢地 chuí tiān qiǎng dì
椎心呕血 chuí xīn ǒu xuè
椎心泣血 chuí xīn qì xuè
椎心顿足 chuí xīn dùn zú
椎心饮泣 chuí xīn yǐn qì
椎牛歃血 chuí niú shà xuè
椎胸顿足 chuí xiōng dùn zú
椎膺顿足 chuí yīng dùn zú
椎髻布衣 zhuī jì bù yī
椒焚桂折 jiāo fén guì zhé
椰子 yē zi
椰子树 yē zi shù
椰树 yē shù
椴树 duàn shù
椿树 chūn shù
楚云湘雨 chǔ yún xiāng yǔ
楚囊之情 chǔ náng zhī qíng
楚囚相对 chǔ qiú xiāng duì
楚天云雨 chǔ tiān yún yǔ
楚尾吴头 chǔ wěi wú tóu
楚弓复得 chǔ gōng fù dé
楚弓楚得 chǔ gōng chǔ dé
楚梦云雨 chǔ mèng yún yǔ
楚楚可人 chǔ chǔ kě rén
楚楚可爱 chǔ chǔ kě ài
楚歌四合 chǔ gē sì hé
楚腰纤细 chǔ yāo xiān xì
楚雨巫云 chǔ yǔ wū yún
楛耘伤岁 kǔ yún shāng suì
楞伽 léng qié
楦头 xuàn tóu
楷模 kǎi mó
楼上 lóu shàng
楼区 lóu qū
楼台 lóu tái
楼梯间 lóu tī jiān
楼群 lóu qún
概数 gài shù
概率 gài lǜ
概率论 gài lǜ lùn
概莫能外 gài mò néng wài
概论 gài lùn
概说 gài shuō
概貌 gài mào
榆中 yú zhōng
榆枋之见 yú fāng zhī jiàn
榆瞑豆重 yú míng dòu zhòng
榔头 láng tou
榜上无名 bǎng shàng wú míng
榜文 bǎng wén
榜首 bǎng shǒu
榫头 sǔn tou
榱崩栋折 cuī bēng dòng shé
榱栋崩折 cuī dòng bēng shé
榴弹 liú dàn
榴弹炮 liú dàn pào
榴霰弹 liú xiàn dàn
槁木 gǎo mù
槁项没齿 gǎo xiàng mò chǐ
槌仁提义 chuí rén tí yì
槌胸蹋地 chuí xiōng tà dì
槐花 huái huā
槛花笼鹤 jiàn huā lóng hè
槟榔 bīng láng
槽头 cáo tóu
槽车 cáo chē
樊笼 fán lóng
樗栎庸材 chū lì yōng cái
模仿 mó fǎng
模具 mú jù
模子 mú zi
模山范水 mó shān fàn shuǐ
模式 mó shì
模式识别 mó shì shí bié
模本 mó běn
模板 mú bǎn
模样 mú yàng
模棱 mó léng
模棱两可 mó léng liǎng kě
模特儿 mó tè ér
横七竖八 héng qī shù bā
横三竖四 héng sān shù sì
横三顺四 héng sān shùn sì
横僿不文 héng sài bù wén
横刀跃马 héng dāo yuè mǎ
横切面 héng qiē miàn
横列 héng liè
横加 héng jiā
横加梗阻 hèng jiā gěng zǔ
横向 héng xiàng
横向联合 héng xiàng lián hé
横坐标 héng zuò biāo
横尸 héng shī
横心 héng xīn
横戈盘马 héng gē pán mǎ
横戈跃马 héng gē yuè mǎ
横扫 héng sǎo
横扫千军 héng sǎo qiān jūn
横批 héng pī
横拖倒扯 héng tuō dào chě
横拖倒拽 héng tuō dào zhuāi
横拖竖拉 héng tuō shù lā
横排 héng pái
横断 héng duàn
横断面 héng duàn miàn
横是 héng shì
横暴 hèng bào
横木 héng mù
横枪跃马 héng qiāng yuè mǎ
横标 héng biāo
横槊赋诗 héng shuò fù shī
横死 hèng sǐ
横溢 héng yì
横生 héng shēng
横直 héng zhí
横眉 héng méi
横眉冷对 héng méi lěng duì
横眉冷对千夫指 héng méi lěng duì qiān fū zhǐ
横眉冷目 héng méi lěng mù
横眉努目 héng méi nǔ mù
横眉怒目 héng méi nù mù
横眉怒视 héng méi nù shì
横眉瞪目 héng méi dèng mù
横眉立目 héng méi lì mù
横眉竖目 héng méi shù mù
横空 héng kōng
横穿 héng chuān
横翔捷出 héng xiáng jié chū
横肉 héng ròu
横草之功 héng cǎo zhī gōng
横行 héng xíng
横行不法 héng xíng bù fǎ
横行天下 héng xíng tiān xià
横行直走 héng xíng zhí zǒu
横行霸道 héng xíng bà dào
横见侧出 héng jiàn cè chū
横话 hèng huà
横说竖说 héng shuō shù shuō
横财 hèng cái
横过 héng guò
横金拖玉 héng jīn tuō yù
横隔 héng gé
樽俎折冲 zūn zǔ zhé chōng
樽酒论文 zūn jiǔ lùn wén
橄榄枝 gǎn lǎn zhī
橄榄石 gǎn lǎn shí
橄榄绿 gǎn lǎn lǜ
橄榄色 gǎn lǎn sè
橘红 jú hóng
橘络 jú luò
橘黄 jú huáng
橙红 chéng hóng
橙黄桔绿 chéng huáng jú lǜ
橙黄橘绿 chéng huáng jú lǜ
橡皮圈 xiàng pí quān
橡皮泥 xiàng pí ní
橡皮膏 xiàng pí gāo
檀木 tán mù
檀郎 tán láng
檀郎谢女 tán láng xiè nǚ
檀香木 tán xiāng mù
檐下 yán xià
檐口 yán kǒu
檐头 yán tóu
欠火 qiàn huǒ
次大陆 cì dà lù
次数 cì shù
次长 cì zhǎng
欢乐 huān lè
欢喜冤家 huān xǐ yuān jiā
欢声笑语 huān shēng xiào yǔ
欢天喜地 huān tiān xǐ dì
欢好 huān hǎo
欢度 huān dù
欢歌笑语 huān gē xiào yǔ
欢若平生 huān ruò píng shēng
欢跳 huān tiào
欢蹦乱跳 huān bèng luàn tiào
欢迸乱跳 huān bèng luàn tiào
欣欣自得 xīn xīn zì dé
欣然自得 xīn rán zì dé
欧亚大陆 ōu yà dà lù
欧风 ōu fēng
欧风美雨 ōu fēng měi yǔ
欲壑难填 yù hè nán tián
欲得而甘心 yù dé ér gān xīn
欲盖弥彰 yù gài mí zhāng
欲盖而彰 yù gài ér zhāng
欲罢不能 yù bà bù néng
欹嵚历落 qī qīn lì luò
欺三瞒四 qī sān mán sì
欺上瞒下 qī shàng mán xià
欺上罔下 qī shàng wǎng xià
欺上蒙下 qī shàng mēng xià
欺压 qī yā
欺君罔上 qī jūn wǎng shàng
欺善怕恶 qī shàn pà è
欺大压小 qī dà yā xiǎo
欺天罔地 qī tiān wǎng dì
欺天诳地 qī tiān kuáng dì
欺蒙 qī méng
欺行霸市 qī háng bà shì
款识 kuǎn zhì
款语温言 kuǎn yǔ wēn yán
歃血 shà xuè
歇后语 xiē hòu yǔ
歇宿 xiē sù
歇斯底里 xiē sī dǐ lǐ
歇枝 xiē zhī
歌仔戏 gē zǐ xì
歌会 gē huì
歌唱家 gē chàng jiā
歌女 gē nǚ
歌片儿 gē piān er
歌舞伎 gē wǔ jì
歌莺舞燕 gē yīng wǔ yàn
歌行 gē xíng
歙漆阿胶 shè qī ē jiāo
止戈为武 zhǐ gē wéi wǔ
止戈散马 zhǐ gē sàn mǎ
止暴禁非 zhǐ bào jìn fēi
止血 zhǐ xuè
止谈风月 zhǐ tán fēng yuè
正中 zhèng zhōng
正义 zhèng yì
正传 zhèng zhuàn
正像 zhèng xiàng
正儿八经 zhèng ér bā jīng
正儿巴经 zhèng ér bā jīng
正冠李下 zhèng guàn lǐ xià
正冠纳履 zhèng guàn nà lǚ
正出 zhèng chū
正切 zhèng qiē
正午 zhèng wǔ
正史 zhèng shǐ
正名 zhèng míng
正名定分 zhèng míng dìng fēn
正告 zhèng gào
正品 zhèng pǐn
正在 zhèng zài
正声雅音 zhèng shēng yǎ yīn
正多边形 zhèng duō biān xíng
正大 zhèng dà
正大光明 zhèng dà guāng míng
正好 zhèng hǎo
正始 zhèng shǐ
正始之音 zhèng shǐ zhī yīn
正字 zhèng zì
正字法 zhèng zì fǎ
正定 zhèng dìng
正容亢色 zhèng róng kàng sè
正弦 zhèng xián
正当 zhèng dāng
正当中 zhèng dāng zhōng
正当时 zhèng dāng shí
正德 zhèng dé
正心 zhèng xīn
正手 zhèng shǒu
正数 zhèng shù
正文 zhèng wén
正方 zhèng fāng
正方形 zhèng fāng xíng
正日 zhèng rì
正旦 zhēng dàn
正时 zhèng shí
正明公道 zhèng míng gōng dào
正是 zhèng shì
正月 zhēng yuè
正本 zhèng běn
正本清源 zhèng běn qīng yuán
正本澄源 zhèng běn chéng yuán
正正经经 zhèng zhèng jīng jīng
正比 zhèng bǐ
正法 zhèng fǎ
正法直度 zhèng fǎ zhí dù
正法眼藏 zhèng fǎ yǎn cáng
正点 zhèng diǎn
正片 zhèng piàn
正犯 zhèng fàn
正理 zhèng lǐ
正用 zhèng yòng
正电 zhèng diàn
正直 zhèng zhí
正直无私 zhèng zhí wú sī
正经 zhèng jīng
正经八本 zhèng jīng bā běn
正经八百 zhèng jīng bā bǎi
正统 zhèng tǒng
正编 zhèng biān
正色 zhèng sè
正色厉声 zhèng sè lì shēng
正色敢言 zhèng sè gǎn yán
正色直绳 zhèng sè zhí shéng
正色直言 zhèng sè zhí yán
正行 zhèng xíng
正襟危坐 zhèng jīn wēi zuò
正见 zhèng jiàn
正规 zhèng guī
正规军 zhèng guī jūn
正视 zhèng shì
正视绳行 zhèng shì shéng xíng
正解 zhèng jiě
正言厉色 zhèng yán lì sè
正论 zhèng lùn
正话 zhèng huà
正路 zhèng lù
正身 zhèng shēn
正身明法 zhèng shēn míng fǎ
正身清心 zhèng shēn qīng xīn
正身率下 zhèng shēn shuài xià
正道 zhèng dào
正门 zhèng mén
正面 zhèng miàn
正音 zhèng yīn
正音法 zhèng yīn fǎ
正颜厉色 zhèng yán lì sè
正餐 zhèng cān
正骨 zhèng gǔ
此事体大 cǐ shì tǐ dà
此人 cǐ rén
此动彼应 cǐ dòng bǐ yīng
此发彼应 cǐ fā bǐ yīng
此呼彼应 cǐ hū bǐ yīng
此唱彼和 cǐ chàng bǐ hè
此地 cǐ dì
此地无银三百两 cǐ dì wú yín sān bǎi liǎng
此起彼伏 cǐ qǐ bǐ fú
此起彼落 cǐ qǐ bǐ luò
此间 cǐ jiān
此风不可长 cǐ fēng bù kě zhǎng
步罡踏斗 bù gāng tà dǒu
步行 bù xíng
步调 bù diào
武侠小说 wǔ xiá xiǎo shuō
武将 wǔ jiàng
武当山 wǔ dāng shān
武打 wǔ dǎ
武斗 wǔ dòu
武行 wǔ háng
武装力量 wǔ zhuāng lì liàng
歧路亡羊 qí lù wáng yáng
歪不横楞 wāi bù héng léng
歪打正着 wāi dǎ zhèng zháo
歪歪倒倒 wāi wāi dǎo dǎo
歪门邪道 wāi mén xié dào
歪风 wāi fēng
歹念 dǎi niàn
死不悔改 sǐ bù huǐ gǎi
死不瞑目 sǐ bù míng mù
死中求活 sǐ zhōng qiú huó
死中求生 sǐ zhōng qiú shēng
死亡 sǐ wáng
死亡无日 sǐ wáng wú rì
死亡枕藉 sǐ wáng zhěn jiè
死亡率 sǐ wáng lǜ
死信 sǐ xìn
死别 sǐ bié
死别生离 sǐ bié shēng lí
死劲儿 sǐ jìng er
死地 sǐ dì
死对头 sǐ duì tou
死巷 sǐ xiàng
死当 sǐ dàng
死心塌地 sǐ xīn tā dì
死心搭地 sǐ xīn dā dì
死心落地 sǐ xīn luò dì
死心踏地 sǐ xīn tà dì
死扣儿 sǐ kòu er
死无葬身之地 sǐ wú zàng shēn zhī dì
死期 sǐ qī
死火山 sǐ huǒ shān
死结 sǐ jié
死胡同 sǐ hú tòng
死角 sǐ jiǎo
死记硬背 sǐ jì yìng bèi
死说活说 sǐ shuō huó shuō
死败涂地 sǐ bài tú dì
死重泰山 sǐ zhòng tài shān
死骨更肉 sǐ gǔ gèng ròu
殆尽 dài jìn
殊不知 shū bù zhī
殊功劲节 shū gōng jìng jié
殊涂同会 shū tú tóng huì
殊涂同归 shū tú tóng guī
殊致同归 shū zhì tóng guī
殊言别语 shū yán bié yǔ
殊路同归 shū lù tóng guī
殊途同归 shū tú tóng guī
残兵败将 cán bīng bài jiàng
残军败将 cán jūn bài jiàng
残卷 cán juàn
残旧 cán jiù
残暴 cán bào
残片 cán piàn
残疾车 cán jí chē
残编裂简 cán biān liè jiǎn
残运会 cán yùn huì
殖民地 zhí mín dì
殡车 bìn chē
殢云尤雨 tì yún yóu yǔ
殢雨尤云 tì yǔ yóu yún
殴打 ōu dǎ
殴斗 ōu dòu
段落 duàn luò
段长 duàn zhǎng
殷切 yīn qiè
殷勤 yīn qín
殷商 yīn shāng
殷天蔽日 yīn tiān bì rì
殷富 yīn fù
殷殷 yīn yīn
殷民阜财 yīn mín fù cái
殷浩书空 yīn hào shū kōng
殷红 yān hóng
殷鉴 yīn jiàn
毁不危身 huǐ bù wēi shēn
毁冠裂裳 huǐ guān liè cháng
毁家纾国 huǐ jiā shū guó
毁方瓦合 huǐ fāng wǎ hé
毁舟为杕 huǐ zhōu wéi duò
毁誉不一 huǐ yù bù yī
毁誉参半 huǐ yù cān bàn
毁车杀马 huǐ chē shā mǎ
毂击肩摩 gǔ jī jiān mó
毋庸讳言 wú yōng huì yán
母亲 mǔ qīn
母校 mǔ xiào
母畜 mǔ chù
母系 mǔ xì
母语 mǔ yǔ
母难之日 mǔ nán zhī rì
每当 měi dāng
每饭不忘 měi fàn bù wàng
毒品 dú pǐn
毒手 dú shǒu
毒打 dú dǎ
毒死 dú sǐ
毒气 dú qì
毒气炸弹 dú qì zhà dàn
毒牙 dú yá
毒犯 dú fàn
毒素 dú sù
毒草 dú cǎo
毒蛇 dú shé
毒计 dú jì
毒酒 dú jiǔ
毒龙 dú lóng
比众不同 bǐ zhòng bù tóng
比例尺 bǐ lì chǐ
比兴 bǐ xīng
比分 bǐ fēn
比勒陀利亚 bǐ lè tuó lì yà
比喻失当 bǐ yù shī dàng
比屋可封 bǐ wū kě fēng
比干 bǐ gān
比得上 bǐ dé shàng
比户可封 bǐ hù kě fēng
比权量力 bǐ quán liàng lì
比物属事 bǐ wù zhǔ shì
比率 bǐ lǜ
比目连枝 bǐ mù lián zhī
比翼连枝 bǐ yì lián zhī
比翼齐飞 bǐ yì qí fēi
比肩齐声 bǐ jiān qí shēng
比重 bǐ zhòng
比量 bǐ liáng
毕业论文 bì yè lùn wén
毕剥 bì bāo
毕力同心 bì lì tóng xīn
毕雨箕风 bì yǔ jī fēng
毕露 bì lù
毛丫头 máo yā tou
毛利率 máo lì lǜ
毛发 máo fà
毛发之功 máo fà zhī gōng
毛呢 máo ní
毛地黄 máo dì huáng
毛头 máo tóu
毛巾被 máo jīn bèi
毛拉 máo lā
毛森骨立 máo sēn gǔ lì
毛毛雨 máo máo yǔ
毛泽东 máo zé dōng
毛活 máo huó
毛片 máo piàn
毛石 máo shí
毛笔字 máo bǐ zì
毛织品 máo zhī pǐn
毛羽零落 máo yǔ líng luò
毛背心 máo bèi xīn
毛遂 máo suí
毛遂堕井 máo suí duò jǐng
毛重 máo zhòng
毡上拖毛 zhān shàng tuō máo
毫不讳言 háo bù huì yán
毫无疑义 háo wú yí yì
毫毛不犯 háo máo bù fàn
民不堪命 mín bù kān mìng
民不聊生 mín bù liáo shēng
民为贵君为轻 mín wéi guì jūn wéi qīng
民乐 mín yuè
民事权利 mín shì quán lì
民以食为天 mín yǐ shí wéi tiān
民保于信 mín bǎo yú xìn
民和年丰 mín hé nián fēng
民家 mín jiā
民富国强 mín fù guó qiáng
民族共同语 mín zú gòng tóng yǔ
民族资本 mín zú zī běn
民族运动 mín zú yùn dòng
民有菜色 mín yǒu cài sè
民校 mín xiào
民殷国富 mín yīn guó fù
民淳俗厚 mín chún sú hòu
民穷财尽 mín qióng cái jìn
民脂民膏 mín zhī mín gāo
民间 mín jiān
民风 mín fēng
民食 mín shí
气不公 qì bù gōng
气不忿儿 qì bù fèn ér
气不过 qì bù guò
气义相投 qì yì xiāng tóu
气克斗牛 qì kè dǒu niú
气冲冲 qì chōng chōng
气冲斗牛 qì chōng dǒu niú
气冲牛斗 qì chōng niú dǒu
气势磅礴 qì shì páng bó
气化 qì huà
气压 qì yā
气压表 qì yā biǎo
气吁吁 qì xū xū
气吞牛斗 qì tūn niú dǒu
气味相投 qì wèi xiāng tóu
气喘吁吁 qì chuǎn xū xū
气圈 qì quān
气头上 qì tóu shàng
气层 qì céng
气度 qì dù
气数 qì shù
气旋 qì xuán
气涌如山 qì yǒng rú shān
气满志得 qì mǎn zhì dé
气焰熏天 qì yàn xūn tiān
气盛 qì shèng
气脉 qì mài
气血 qì xuè
气血方刚 qì xuè fāng gāng
气谊相投 qì yì xiāng tóu
气象万千 qì xiàng wàn qiān
气贯长虹 qì guàn cháng hóng
气量 qì liàng
氢弹 qīng dàn
氧化 yǎng huà
氧化铜 yǎng huà tóng
水上 shuǐ shàng
水中捉月 shuǐ zhōng zhuō yuè
水中捞月 shuǐ zhōng lāo yuè
水中著盐 shuǐ zhōng zhuó yán
水佩风裳 shuǐ pèi fēng shang
水冷 shuǐ lěng
水净鹅飞 shuǐ jìng é fēi
水分 shuǐ fèn
水到渠成 shuǐ dào qú chéng
水到鱼行 shuǐ dào yú xíng
水刷石 shuǐ shuā shí
水力发电 shuǐ lì fā diàn
水区 shuǐ qū
水压 shuǐ yā
水发 shuǐ fā
水合 shuǐ hé
水地 shuǐ dì
水头 shuǐ tóu
水宿山行 shuǐ sù shān xíng
水宿风餐 shuǐ sù fēng cān
水尺 shuǐ chǐ
水尽鹅飞 shuǐ jìn é fēi
水底捞月 shuǐ dǐ lāo yuè
水底摸月 shuǐ dǐ mō yuè
水底纳瓜 shuǐ dǐ nà guā
水循环 shuǐ xún huán
水斗 shuǐ dòu
水晶灯笼 shuǐ jīng dēng lóng
水晶石 shuǐ jīng shí
水暖 shuǐ nuǎn
水月观音 shuǐ yuè guān yīn
水木清华 shuǐ mù qīng huá
水杉 shuǐ shān
水栅 shuǐ shān
水楔不通 shuǐ xiē bù tōng
水泄不通 shuǐ xiè bù tōng
水泊 shuǐ pō
水法 shuǐ fǎ
水泥 shuǐ ní
水洗布 shuǐ xǐ bù
水洩不通 shuǐ xiè bù tōng
水流花落 shuǐ liú huā luò
水浇地 shuǐ jiāo dì
水浒 shuǐ hǔ
水浒传 shuǐ hǔ zhuàn
水浮莲 shuǐ fú lián
水涨船高 shuǐ zhǎng chuán gāo
水滴石穿 shuǐ dī shí chuān
水漂儿 shuǐ piǎo ér
水火之中 shuǐ huǒ zhī zhōng
水炮 shuǐ pào
水石清华 shuǐ shí qīng huá
水磨 shuǐ mó
水磨石 shuǐ mó shí
水穷山尽 shuǐ qióng shān jìn
水米无干 shuǐ mǐ wú gàn
水系 shuǐ xì
水红 shuǐ hóng
水绿 shuǐ lǜ
水能 shuǐ néng
水菜不交 shuǐ cài bù jiāo
水落石出 shuǐ luò shí chū
水落管 shuǐ luò guǎn
水蛇 shuǐ shé
水蛇腰 shuǐ shé yāo
水解 shuǐ jiě
水调歌头 shuǐ diào gē tóu
水车 shuǐ chē
水过鸭背 shuǐ guò yā bèi
水远山长 shuǐ yuǎn shān cháng
水量 shuǐ liàng
水长船高 shuǐ zhǎng chuán gāo
水龙头 shuǐ lóng tóu
永不磨灭 yǒng bù mó miè
永别 yǒng bié
永志不忘 yǒng zhì bù wàng
永无宁日 yǒng wú níng rì
永葆青春 yǒng bǎo qīng chūn
求之不得 qiú zhī bù dé
求亲 qiú qīn
求和 qiú hé
求浆得酒 qiú jiāng dé jiǔ
求真 qiú zhēn
求知 qiú zhī
求神拜佛 qiú shén bài fó
求神问卜 qiú shén wèn bǔ
求胜 qiú shèng
求见 qiú jiàn
求解 qiú jiě
求过于供 qiú guò yú gòng
求降 qiú xiáng
求雨 qiú yǔ
汇丰银行 huì fēng yín háng
汇合 huì hé
汇款单 huì kuǎn dān
汇率 huì lǜ
汉中 hàn zhōng
汉堡包 hàn bǎo bāo
汉学家 hàn xué jiā
汉家 hàn jiā
汉白玉石 hàn bái yù shí
汉语 hàn yǔ
汉贼不两立 hàn zéi bù liǎng lì
汗不敢出 hàn bù gǎn chū
汗出洽背 hàn chū qià bèi
汗出浃背 hàn chū jiā bèi
汗如雨下 hàn rú yǔ xià
汗毛 hàn máo
汗水 hàn shuǐ
汗流夹背 hàn liú jiā bèi
汗流洽背 hàn liú qià bèi
汗流洽衣 hàn liú qià yī
汗流浃背 hàn liú jiā bèi
汗流满面 hàn liú mǎn miàn
汗牛充栋 hàn niú chōng dòng
汗牛塞栋 hàn niú sāi dòng
汗珠 hàn zhū
汗背心 hàn bèi xīn
汗血盐车 hàn xuè yán chē
汗褂 hàn guà
汗褂儿 hàn guà er
汗青 hàn qīng
汗青头白 hàn qīng tóu bái
汗颜 hàn yán
汗颜无地 hàn yán wú dì
汗马之功 hàn mǎ zhī gōng
汗马之劳 hàn mǎ zhī láo
汗马功劳 hàn mǎ gōng láo
汛期 xùn qī
汝南晨鸡 rǔ nán chén jī
汞溴红 gǒng xiù hóng
江东父老 jiāng dōng fù lǎo
江北 jiāng běi
江南 jiāng nán
江南海北 jiāng nán hǎi běi
江水不犯河水 jiāng shuǐ bù fàn hé shuǐ
江河行地 jiāng hé xíng dì
江泽民 jiāng zé mín
江海不逆小流 jiāng hǎi bù nì xiǎo liú
江淹才尽 jiāng yān cái jìn
江翻海倒 jiāng fān hǎi dǎo
江苏 jiāng sū
江苏省 jiāng sū shěng
江郎才尽 jiāng láng cái jìn
江都 jiāng dū
池鱼堂燕 chí yú táng yàn
池鱼幕燕 chí yú mù yàn
池鱼笼鸟 chí yú lóng niǎo
污泥 wū ní
污泥浊水 wū ní zhuó shuǐ
污言秽语 wū yán huì yǔ
汤包 tāng bāo
汤匙 tāng chí
汤去三面 tāng qù sān miàn
汤头 tāng tóu
汤头歌 tāng tóu gē
汤水 tāng shuǐ
汤烧火热 tāng shāo huǒ rè
汤面 tāng miàn
汩汩 gǔ gǔ
汩没 gǔ mò
汪洋大海 wāng yáng dà hǎi
汶上 wèn shàng
汶阳田反 wèn yáng tián fǎn
汹涌 xiōng yǒng
汹涌淜湃 xiōng yǒng péng pài
汽化 qì huà
汽化热 qì huà rè
汽油弹 qì yóu dàn
汽车 qì chē
沂水春风 yí shuǐ chūn fēng
沃地 wò dì
沅江九肋 yuán jiāng jiǔ lèi
沈博绝丽 chén bó jué lì
沉冤莫白 chén yuān mò bái
沉博绝丽 chén bó jué lì
沉吟章句 chén yín zhāng jù
沉没 chén mò
沉浮俯仰 chén fú fǔ yǎng
沉着 chén zhuó
沉着痛快 chén zhuó tòng kuài
沉谋重虑 chén móu chóng lǜ
沉重 chén zhòng
沉重寡言 chén zhòng guǎ yán
沉重少言 chén zhòng shǎo yán
沉鱼落雁 chén yú luò yàn
沏茶 qī chá
沐猴而冠 mù hóu ér guàn
沐猴衣冠 mù hóu yī guàn
沐雨栉风 mù yǔ zhì fēng
沐雨梳风 mù yǔ shū fēng
沐雨经霜 mù yǔ jīng shuāng
沐露梳风 mù lù shū fēng
沐露沾霜 mù lù zhān shuāng
沓冈复岭 tà gāng fù lǐng
沓子 tà zǐ
沓来踵至 tà lái zhǒng zhì
沓来麕至 tà lái jūn zhì
沙丁鱼 shā dīng yú
沙包 shā bāo
沙参 shā shēn
沙发 shā fā
沙土 shā tǔ
沙地 shā dì
沙市 shā shì
沙弥 shā mí
沙拉 shā lā
沙文主义 shā wén zhǔ yì
沙暴 shā bào
沙沙 shā shā
沙沙声 shā shā shēng
沙浴 shā yù
沙石 shā shí
沙质 shā zhì
沙里淘金 shā lǐ táo jīn
沙金 shā jīn
沙门 shā mén
沙雕 shā diāo
沙鱼 shā yú
沙鸡 shā jī
沙龙 shā lóng
没上没下 méi shàng méi xià
没世 mò shì
没世不忘 mò shì bù wàng
没世不渝 mò shì bù yú
没世无称 mò shì wú chēng
没世无闻 mò shì wú wén
没世穷年 mò shì qióng nián
没世难忘 mò shì nán wàng
没事 méi shì
没事人 méi shì rén
没事儿 méi shì ér
没人 méi rén
没入 mò rù
没关系 méi guān xì
没劲 méi jìn
没可奈何 méi kě nài hé
没味 méi wèi
没命 méi mìng
没商量 méi shāng liáng
没大没小 méi dà méi xiǎo
没头没尾 méi tóu mò wěi
没头苍蝇 méi tóu cāng yíng
没奈何 mò nài hé
没完 méi wán
没完没了 méi wán méi liǎo
没影儿 méi yǐng ér
没挑儿 méi tiāo er
没收 mò shōu
没救 méi jiù
没日没夜 méi rì méi yè
没有 méi yǒu
没有空 méi yǒu kòng
没来头 méi lái tou
没查没利 méi chá méi lì
没样儿 méi yàng er
没没无闻 mò mò wú wén
没法儿 méi fǎ ér
没法奈何 méi fǎ nài hé
没法没天 méi fǎ méi tiān
没深没浅 méi shēn méi qiǎn
没用 méi yòng
没着落 méi zhuó luò
没空 méi kòng
没精打采 méi jīng dǎ cǎi
没羞 méi xiū
没药 mò yào
没落 mò luò
没衷一是 mò zhōng yī shì
没计奈何 méi jì nài hé
没词儿 méi cí ér
没话找话 méi huà zhǎo huà
没谱儿 méi pǔ er
没轻没重 méi qīng méi zhòng
没边儿 méi biān ér
没过 mò guò
没里没外 méi lǐ méi wài
没金饮羽 mò jīn yǐn yǔ
没门儿 méi mén ér
没颠没倒 méi diān méi dǎo
没齿 mò chǐ
没齿不忘 mò chǐ bù wàng
没齿无怨 mò chǐ wú yuàn
没齿难忘 mò chǐ nán wàng
沥血叩心 lì xuè kòu xīn
沥血披心 lì xuè pī xīn
沦没 lún mò
沦落 lún luò
沦陷区 lún xiàn qū
沧海横流 cāng hǎi héng liú
沫儿 mò er
河不出图 hé bù chū tú
河倾月落 hé qīng yuè luò
河内 hé nèi
河北 hé běi
河北省 hé běi shěng
河南 hé nán
河斜月落 hé xié yuè luò
河水不犯井水 hé shuǐ bù fàn jǐng shuǐ
河沙 hé shā
河泥 hé ní
河海不择细流 hé hǎi bù zé xì liú
河涸海干 hé hé hǎi gān
河清难俟 hé qīng nán sì
河溓海晏 hé lián hǎi yàn
河系 hé xì
河落海干 hé luò hǎi gān
河蚌 hé bàng
河间 hé jiān
沸天震地 fèi tiān zhèn dì
沸沸汤汤 fèi fèi shāng shāng
油光可鉴 yóu guāng kě jiàn
油区 yóu qū
油品 yóu pǐn
油嘴儿 yóu zuǐ er
油壁香车 yóu bì xiāng chē
油头滑面 yóu tóu huá miàn
油头粉面 yóu tóu fěn miàn
油干火尽 yóu gān huǒ jìn
油干灯尽 yóu gàn dēng jìn
油干灯草尽 yóu gān dēng cǎo jìn
油星 yóu xīng
油气流 yóu qì liú
油泥 yóu ní
油炸 yóu zhá
油炸土豆片 yóu zhá tǔ dòu piàn
油炸鬼 yóu zhá guǐ
油电混合车 yóu diàn hùn hé chē
油石 yóu shí
油票儿 yóu piào er
油管 yóu guǎn
油绿 yóu lǜ
油罐 yóu guàn
油罐车 yóu guàn chē
油脂麻花 yóu zhī má huā
油腔滑调 yóu qiāng huá diào
油膏 yóu gāo
油菜花 yóu cài huā
油藏 yóu cáng
油质 yóu zhì
油车 yóu chē
治家 zhì jiā
治山 zhì shān
治沙 zhì shā
治黄 zhì huáng
沼地 zhǎo dì
沼泽 zhǎo zé
沼泽地 zhǎo zé dì
沾亲 zhān qīn
沾亲带故 zhān qīn dài gù
沾沾自好 zhān zhān zì hào
沾泥带水 zhān ní dài shuǐ
沾风惹草 zhān fēng rě cǎo
沿条 yán tiáo
沿条儿 yán tiáo ér
沿着 yán zhe
泄劲 xiè jìn
泄水 xiè shuǐ
泄沓 xiè tà
泄洪 xiè hóng
泄洪道 xiè hóng dào
泄露 xiè lòu
泄露天机 xiè lòu tiān jī
泊位 bó wèi
泊地 pō dì
泊车 bó chē
泌尿系统 mì niào xì tǒng
泌阳 bì yáng
法不传六耳 fǎ bù chuán liù ěr
法不徇情 fǎ bù xùn qíng
法不责众 fǎ bù zé zhòng
法不阿贵 fǎ bù ē guì
法会 fǎ huì
法向加速度 fǎ xiàng jiā sù dù
法定人数 fǎ dìng rén shù
法家 fǎ jiā
法家拂士 fǎ jiā bì shì
法度 fǎ dù
法律关系 fǎ lǜ guān xì
法律制度 fǎ lǜ zhì dù
法律意识 fǎ lǜ yì shí
法拉 fǎ lā
法相 fǎ xiàng
法纪 fǎ jì
法脉准绳 fǎ mài zhǔn shéng
法语 fǎ yǔ
法轮常转 fǎ lún cháng zhuàn
泛宅浮家 fàn zhái fú jiā
泛应曲当 fàn yīng qǔ dāng
泛浩摩苍 fàn hào mó cāng
泛神论 fàn shén lùn
泛称 fàn chēng
泛论 fàn lùn
泡汤 pào tāng
泡罩塔 pào zhào tǎ
泡茶 pào chá
波属云委 bō zhǔ yún wěi
波折 bō zhé
波波碌碌 bō bō lù lù
波涛汹涌 bō tāo xiōng yǒng
波罗的海 bō luó dì hǎi
波长 bō cháng
波骇云属 bō hài yún zhǔ
泣下如雨 qì xià rú yǔ
泣不可仰 qì bù kě yǎng
泣不成声 qì bù chéng shēng
泣数行下 qì shù háng xià
泣涕如雨 qì tì rú yǔ
泣血 qì xuè
泥人 ní rén
泥古 nì gǔ
泥古拘方 nì gǔ jū fāng
泥古非今 nì gǔ fēi jīn
泥土 ní tǔ
泥塑 ní sù
泥塑木雕 ní sù mù diāo
泥多佛大 ní duō fó dà
泥封 ní fēng
泥巴 ní bā
泥水 ní shuǐ
泥沙 ní shā
泥沙俱下 ní shā jù xià
泥牛入海 ní niú rù hǎi
泥瓦工 ní wǎ gōng
泥石流 ní shí liú
泥而不滓 niè ér bù zǐ
泥船渡河 ní chuán dù hé
泥菩萨 ní pú sà
泥菩萨过江 ní pú sà guò jiāng
泥足巨人 ní zú jù rén
泥车瓦马 ní chē wǎ mǎ
泥金万点 ní jīn wàn diǎn
注射 zhù shè
注射器 zhù shè qì
注解 zhù jiě
注重 zhù zhòng
泪如雨下 lèi rú yǔ xià
泪干肠断 lèi gān cháng duàn
泯没 mǐn mò
泰和 tài hé
泰山北斗 tài shān běi dǒu
泰山压顶 tài shān yā dǐng
泰山盘石 tài shān pán shí
泰山石敢当 tài shān shí gǎn dāng
泰山磐石 tài shān pán shí
泰斗 tài dǒu
泰来否往 tài lái pǐ wǎng
泰来否极 tài lái pǐ jí
泰极而否 tài jí ér pǐ
泰语 tài yǔ
泱泱大国 yāng yāng dà guó
泱泱大风 yāng yāng dà fēng
泼洒 pō sǎ
泽兰 zé lán
泽及枯骨 zé jí kū gǔ
泽吻磨牙 zé wěn mó yá
泽国 zé guó
泾渭不分 jīng wèi bù fēn
泾渭分明 jīng wèi fēn míng
泾渭自分 jīng wèi zì fēn
洁己从公 jié jǐ cóng gōng
洁身累行 jié shēn lèi xíng
洁身自好 jié shēn zì hào
洋为中用 yáng wéi zhōng yòng
洋味儿 yáng wèi er
洋地黄 yáng dì huáng
洋洋洒洒 yáng yáng sǎ sǎ
洋洋纚纚 yáng yáng sǎ sǎ
洋洋自得 yáng yáng zì dé
洋相 yáng xiàng
洋红 yáng hóng
洋葱头 yáng cōng tóu
洋行 yáng háng
洋车 yáng chē
洋酒 yáng jiǔ
洒家 sǎ jiā
洒扫 sǎ sǎo
洒扫应对 sǎ sǎo yìng duì
洒水车 sǎ shuǐ chē
洒洒 sǎ sǎ
洒狗血 sǎ gǒu xiě
洒落 sǎ luò
洗三 xǐ sān
洗兵牧马 xǐ bīng mù mǎ
洗劫 xǐ jié
洗劫一空 xǐ jié yī kōng
洗发 xǐ fà
洗头 xǐ tóu
洗心回面 xǐ xīn huí miàn
洗心换骨 xǐ xīn huàn gǔ
洗心革面 xǐ xīn gé miàn
洗手 xǐ shǒu
洗手不干 xǐ shǒu bù gàn
洗手奉公 xǐ shǒu fèng gōng
洗手间 xǐ shǒu jiān
洗浴 xǐ yù
洗眉刷目 xǐ méi shuā mù
洗礼 xǐ lǐ
洗耳恭听 xǐ ěr gōng tīng
洗耳拱听 xǐ ěr gǒng tīng
洗衣 xǐ yī
洗衣粉 xǐ yī fěn
洗髓伐毛 xǐ suǐ fá máo
洞中肯綮 dòng zhōng kěn qìng
洞天福地 dòng tiān fú dì
洞如观火 dòng rú guān huǒ
洞察一切 dòng chá yī qiè
洞若观火 dòng ruò guān huǒ
洞见 dòng jiàn
洞见症结 dòng jiàn zhèng jié
洞鉴废兴 dòng jiàn fèi xīng
洞隐烛微 dòng yǐn zhú wēi
津关险塞 jīn guān xiǎn sài
津津乐道 jīn jīn lè dào
津津有味 jīn jīn yǒu wèi
洪大 hóng dà
洪水横流 hóng shuǐ héng liú
洪炉燎发 hóng lú liáo fà
洪福齐天 hóng fú qí tiān
洪量 hóng liàng
洲际导弹 zhōu jì dǎo dàn
洲际弹道导弹 zhōu jì dàn dào dǎo dàn
活似 huó sì
活佛 huó fó
活便 huó biàn
活儿 huó er
活分 huó fēn
活剥生吞 huó bō shēng tūn
活动家 huó dòng jiā
活地图 huó dì tú
活埋 huó mái
活塞 huó sāi
活教材 huó jiào cái
活期 huó qī
活期存款 huó qī cún kuǎn
活着 huó zhe
活结 huó jié
活络 huó luò
活血 huó xuè
活见鬼 huó jiàn guǐ
活蹦乱跳 huó bèng luàn tiào
活蹦活跳 huó bèng huó tiào
活食 huó shí
洼地 wā dì
洽谈会 qià tán huì
派别 pài bié
派发 pài fā
派头 pài tóu
派活儿 pài huó er
派系 pài xì
流丽 liú lì
流云 liú yún
流传 liú chuán
流别 liú bié
流天澈地 liú tiān chè dì
流失率 liú shī lǜ
流失生 liú shī shēng
流年不利 liú nián bù lì
流年似水 liú nián sì shuǐ
流弹 liú dàn
流星雨 liú xīng yǔ
流水落花 liú shuǐ luò huā
流水行云 liú shuǐ xíng yún
流汗 liú hàn
流汗浃背 liú hàn jiā bèi
流沙 liú shā
流溺忘反 liú nì wàng fǎn
流落 liú luò
流落他乡 liú luò tā xiāng
流血 liú xiě
流血千里 liú xuè qiān lǐ
流血漂卤 liú xuè piāo lǔ
流行 liú xíng
流行性感冒 liú xíng xìng gǎn mào
流行病 liú xíng bìng
流行色 liú xíng sè
流言混话 liú yán hùn huà
流言蜚语 liú yán fēi yǔ
流言风语 liú yán fēng yǔ
流言飞语 liú yán fēi yǔ
流转 liú zhuǎn
流转税 liú zhuǎn shuì
流量 liú liàng
流金铄石 liú jīn shuò shí
流露 liú lù
流风 liú fēng
流食 liú shí
浃背汗流 jiā bèi hàn liú
浅希近求 qiǎn xī jìn qiú
浅明 qiǎn míng
浅水 qiǎn shuǐ
浅浅 qiǎn qiǎn
浅浮雕 qiǎn fú diāo
浅海 qiǎn hǎi
浅淡 qiǎn dàn
浅白 qiǎn bái
浅色 qiǎn sè
浅薄 qiǎn bó
浅表 qiǎn biǎo
浅见 qiǎn jiàn
浅说 qiǎn shuō
浅近 qiǎn jìn
浅露 qiǎn lù
浆水不交 jiāng shuǐ bù jiāo
浆酒藿肉 jiāng jiǔ huò ròu
浆酒霍肉 jiāng jiǔ huò ròu
浇地 jiāo dì
浇头 jiāo tóu
浇洒 jiāo sǎ
浇淳散朴 jiāo chún sàn pǔ
浇薄 jiāo bó
浇醇散朴 jiāo chún sàn pǔ
浇风薄俗 jiāo fēng bó sú
浊度 zhuó dù
浊水 zhuó shuǐ
测光 cè guāng
测度 cè duó
测查 cè chá
测量 cè liáng
济世 jì shì
济世之才 jì shì zhī cái
济世匡时 jì shì kuāng shí
济世安人 jì shì ān rén
济世安民 jì shì ān mín
济世救人 jì shì jiù rén
济公 jì gōng
济南 jǐ nán
济寒赈贫 jì hán zhèn pín
济弱锄强 jì ruò chú qiáng
济私 jì sī
济窍飘风 jì qiào piāo fēng
济苦怜贫 jì kǔ lián pín
济贫 jì pín
济贫拔苦 jì pín bá kǔ
浑似 hún sì
浑俗和光 hún sú hé guāng
浑家 hún jiā
浑朴 hún piáo
浑水摸鱼 hún shuǐ mō yú
浑然无知 hún rán wú zhī
浑球儿 hún qiú er
浑身上下 hún shēn shàng xià
浑身解数 hún shēn xiè shù
浒墅关 xǔ shù guān
浓妆艳抹 nóng zhuāng yàn mǒ
浓度 nóng dù
浓绿 nóng lǜ
浓缩 nóng suō
浓荫 nóng yīn
浓荫蔽日 nóng yīn bì rì
浓装艳抹 nóng zhuāng yàn mǒ
浓重 nóng zhòng
浓阴 nóng yīn
浙江省 zhè jiāng shěng
浩大 hào dà
浩气长存 hào qì cháng cún
浩浩汤汤 hào hào shāng shāng
浩繁 hào fán
浪头 làng tou
浪子回头 làng zǐ huí tóu
浪子回头金不换 làng zǐ huí tóu jīn bù huàn
浪子宰相 làng zǐ zǎi xiàng
浮一大白 fú yī dà bái
浮云朝露 fú yún zhāo lù
浮动汇率 fú dòng huì lǜ
浮华 fú huá
浮名薄利 fú míng bó lì
浮夸 fú kuā
浮夸风 fú kuā fēng
浮收勒折 fú shōu lè shé
浮收勒索 fú shōu lè suǒ
浮文巧语 fú wén qiǎo yǔ
浮浅 fú qiǎn
浮漂 fú piāo
浮瓜沈李 fú guā shěn lǐ
浮皮潦草 fú pí liáo cǎo
浮石 fú shí
浮石沉木 fú shí chén mù
浴佛 yù fó
浴血 yù xuè
海上 hǎi shàng
海不扬波 hǎi bù yáng bō
海不波溢 hǎi bù bō yì
海中捞月 hǎi zhōng lāo yuè
海内 hǎi nèi
海内无双 hǎi nèi wú shuāng
海内鼎沸 hǎi nèi dǐng fèi
海军航空兵 hǎi jūn háng kōng bīng
海北天南 hǎi běi tiān nán
海区 hǎi qū
海南 hǎi nán
海南省 hǎi nán shěng
海参 hǎi shēn
海参崴 hǎi shēn wēi
海地 hǎi dì
海外关系 hǎi wài guān xì
海底 hǎi dǐ
海底捞月 hǎi dǐ lāo yuè
海水不可斗量 hǎi shuǐ bù kě dǒu liáng
海水浴 hǎi shuǐ yù
海水难量 hǎi shuǐ nán liáng
海沸山裂 hǎi fèi shān liè
海涯天角 hǎi yá tiān jiǎo
海燕 hǎi yàn
海王星 hǎi wáng xīng
海蛇 hǎi shé
海角 hǎi jiǎo
海量 hǎi liàng
海阔天空 hǎi kuò tiān kōng
海难 hǎi nàn
海风 hǎi fēng
海鱼 hǎi yú
海龟 hǎi guī
浸没 jìn mò
涂抹 tú mǒ
涂片 tú piàn
涂脂抹粉 tú zhī mǒ fěn
消化 xiāo huà
消化不良 xiāo huà bù liáng
消化系统 xiāo huà xì tǒng
消化道 xiāo huà dào
消息盈冲 xiāo xī yíng chōng
消炎片 xiāo yán piàn
消解 xiāo jiě
消长 xiāo zhǎng
消食 xiāo shí
涉及面 shè jí miàn
涌出 yǒng chū
涌动 yǒng dòng
涌流 yǒng liú
涌进 yǒng jìn
涎言涎语 xián yán xián yǔ
涓滴不遗 juān dī bù yí
涕泗横流 tì sì héng liú
涕零如雨 tì líng rú yǔ
涡旋 wō xuán
涡河 guō hé
涡流 wō liú
涣若冰释 huàn ruò bīng shì
涤卡 dí kǎ
涤地无类 dí dì wú lèi
涤纶 dí lún
涨水 zhǎng shuǐ
涨潮 zhǎng cháo
涨红 zhàng hóng
涨落 zhǎng luò
涨风 zhǎng fēng
涩于言论 sè yú yán lùn
涮羊肉 shuàn yáng ròu
涮肉 shuàn ròu
液体炸弹 yè tǐ zhà dàn
涸泽而渔 hé zé ér yú
涸鱼得水 hé yú dé shuǐ
涸鲋得水 hé fù dé shuǐ
淋浴 lín yù
淋浴器 lín yù qì
淋淋 lín lín
淋病 lìn bìng
淋雨 lín yǔ
淑女 shū nǚ
淘气包 táo qì bāo
淘沙取金 táo shā qǔ jīn
淘沙得金 táo shā dé jīn
淡妆浓抹 dàn zhuāng nóng mǒ
淡妆轻抹 dàn zhuāng qīng mò
淡汝浓抹 dàn rǔ nóng mǒ
淡泊 dàn bó
淡泊明志 dàn bó míng zhì
淡红 dàn hóng
淡绿 dàn lǜ
淡而不厌 dàn ér bù yàn
淡薄 dàn bó
淡青 dàn qīng
淤塞 yū sè
淤泥 yū ní
淤血 yū xuè
淫心匿行 yín xīn nì xíng
淫言媟语 yín yán xiè yǔ
淫言狎语 yín yán xiá yǔ
淫言诐行 yín yán bì xíng
淫词亵语 yín cí xiè yǔ
淫词秽语 yín cí huì yǔ
淫辞秽语 yín cí huì yǔ
淫辞邪说 yín cí xié shuō
淫雨 yín yǔ
深不可测 shēn bù kě cè
深中笃行 shēn zhōng dǔ xíng
深中肯綮 shēn zhōng kěn qìng
深中隐厚 shēn zhōng yǐn hòu
深仇宿怨 shēn chóu xiǔ yuàn
深信不疑 shēn xìn bù yí
深入浅出 shēn rù qiǎn chū
深切 shēn qiè
深切着明 shēn qiē zhe míng
深切着白 shēn qiē zhe bái
深切著明 shēn qiè zhù míng
深切著白 shēn qiè zhù bái
深加工 shēn jiā gōng
深厉浅揭 shēn lì qiǎn qì
深奥莫测 shēn ào mò cè
深山长谷 shēn shān cháng gǔ
深巷 shēn xiàng
深广 shēn guǎng
深度 shēn dù
深得人心 shēn dé rén xīn
深思 shēn sī
深思苦索 shēn sī kǔ suǒ
深恐 shēn kǒng
深恶痛嫉 shēn wù tòng jí
深恶痛疾 shēn wù tòng jí
深恶痛绝 shēn wù tòng jué
深文傅会 shēn wén fù huì
深文周内 shēn wén zhōu nà
深文大义 shēn wén dà yì
深文曲折 shēn wén qǔ shé
深文附会 shēn wén fù huì
深明大义 shēn míng dà yì
深更半夜 shēn gēng bàn yè
深根蟠结 shēn gēn pán jié
深水炸弹 shēn shuǐ zhà dàn
深浅 shēn qiǎn
深猷远计 shēn yóu yuǎn jì
深省 shēn xǐng
深知灼见 shēn zhī zhuó jiàn
深谷为陵 shēn gǔ wéi líng
深长 shēn cháng
淳于 chún yú
淳厚 chún hòu
淳美 chún měi
混俗和光 hùn sú hé guāng
混养 hùn yǎng
混双 hùn shuāng
混合面儿 hùn hé miàn er
混和 hùn hé
混声 hùn shēng
混应滥应 hùn yīng làn yīng
混水捞鱼 hùn shuǐ lāo yú
混水摸鱼 hùn shuǐ mō yú
混沌不分 hùn dùn bù fēn
混活 hún huó
混淆是非 hùn xiáo shì fēi
混淆视听 hùn xiáo shì tīng
混淆黑白 hùn xiáo hēi bái
混然天成 hùn rán tiān chéng
混球儿 hùn qiú er
混血 hùn xuè
混血儿 hùn xuè ér
淹会贯通 yān huì guàn tōng
淹埋 yān mái
淹没 yān mò
添枝加叶 tiān zhī jiā yè
添枝增叶 tiān zhī zēng yè
添枝接叶 tiān zhī jiē yè
添砖加瓦 tiān zhuān jiā wǎ
添色 tiān sè
清净寂灭 qīng jìng jì miè
清君侧 qīng jūn cè
清寒 qīng hán
清廉正直 qīng lián zhèng zhí
清水无大鱼 qīng shuǐ wú dà yú
清汤寡水 qīng tāng guǎ shuǐ
清洁车 qīng jié chē
清洌可鉴 qīng liè kě jiàn
清浊同流 qīng zhuó tóng liú
清淤 qīng yū
清源正本 qīng yuán zhèng běn
清词丽句 qīng cí lì jù
清辞丽句 qīng cí lì jù
清都紫微 qīng dōu zǐ wēi
清风劲节 qīng fēng jìng jié
清风明月 qīng fēng míng yuè
清风朗月 qīng fēng lǎng yuè
渊涓蠖濩 yuān juān huò hù
渊渟岳立 yuān tíng yuè lì
渊源有自 yuān yuán yǒu zì
渊源有自来 yuān yuán yǒu zì lái
渊鱼丛雀 yuān yú cóng què
渐不可长 jiàn bù kě zhǎng
渐仁摩义 jiān rén mó yì
渑池 miǎn chí
渑池之功 miǎn chí zhī gōng
渔人得利 yú rén dé lì
渔夺侵牟 yú duó qīn móu
渔翁得利 yú wēng dé lì
渔阳鞞鼓 yú yáng pí gǔ
渠道 qú dào
渡头 dù tóu
渣土 zhā tǔ
温凊定省 wēn qìng dìng xǐng
温和 wēn hé
温宿 wēn sù
温差 wēn chà
温席扇枕 wēn xí shān zhěn
温度 wēn dù
温度表 wēn dù biǎo
温度计 wēn dù jì
温情脉脉 wēn qíng mò mò
温柔敦厚 wēn róu dūn hòu
温衾扇枕 wēn qīn shān zhěn
港务 gǎng wù
港务监督 gǎng wù jiān dū
港口 gǎng kǒu
港味儿 gǎng wèi er
港商 gǎng shāng
港湾 gǎng wān
渴念 kě niàn
游兴 yóu xìng
游刃有余 yóu rèn yǒu yú
游回磨转 yóu huí mó zhuǎn
游园 yóu yuán
游园会 yóu yuán huì
游必有方 yóu bì yǒu fāng
游戏人间 yóu xì rén jiān
游戏卡 yóu xì kǎ
游手好闲 yóu shǒu hào xián
游标卡尺 yóu biāo kǎ chǐ
游移不定 yóu yí bù dìng
游说 yóu shuì
游鱼 yóu yú
渺不足道 miǎo bù zú dào
渺无音信 miǎo wú yīn xìn
湖光 hú guāng
湖北 hú běi
湖北大鼓 hú běi dà gǔ
湖南 hú nán
湖广 hú guǎng
湖心 hú xīn
湖泊 hú pō
湖绿 hú lǜ
湖色 hú sè
湘夫人 xiāng fū rén
湘方言 xiāng fāng yán
湘莲 xiāng lián
湘语 xiāng yǔ
湮没 yān mò
湮没无闻 yān mò wú wén
湮灭 yān miè
湾头 wān tóu
湾泊 wān bó
湿地 shī dì
湿度 shī dù
湿度计 shī dù jì
湿热 shī rè
湿肉伴干柴 shī ròu bàn gān chái
溃不成军 kuì bù chéng jūn
溃乱 kuì luàn
溃兵 kuì bīng
溃军 kuì jūn
溃民 kuì mín
溃灭 kuì miè
溃脓 huì nóng
溃退 kuì tuì
溅射 jiàn shè
溅水 jiàn shuǐ
溅落 jiàn luò
溏便 táng biàn
源地 yuán dì
源头 yuán tóu
源头活水 yuán tóu huó shuǐ
源源 yuán yuán
源源不断 yuán yuán bù duàn
源源不绝 yuán yuán bù jué
源远流长 yuán yuǎn liú cháng
溘先朝露 kè xiān zhāo lù
溘然长往 kè rán cháng wǎng
溘然长逝 kè rán cháng shì
溜之大吉 liū zhī dà jí
溜光 liū guāng
溜冰 liū bīng
溜开 liū kāi
溜旱冰 liū hàn bīng
溜溜 liū liū
溜溜转 liū liū zhuàn
溜索 liū suǒ
溜肩膀 liū jiān bǎng
溜走 liū zǒu
溜边 liū biān
溜须拍马 liū xū pāi mǎ
溢美 yì měi
溢美之语 yì měi zhī yǔ
溢美溢恶 yì měi yì wù
溥天率土 pǔ tiān shuài tǔ
溪水 xī shuǐ
溯流追源 sù liú zhuī yuán
溯端竟委 sù duān jìng wěi
溶合 róng hé
溶斗 róng dòu
溶血 róng xuè
溶解 róng jiě
溶解度 róng jiě dù
溺心灭质 nì xīn miè zhì
溺死 nì sǐ
溺水 nì shuǐ
溺爱 nì ài
溽热 rù rè
滂沱大雨 pāng tuó dà yǔ
滋蔓难图 zī màn nán tú
滋长 zī zhǎng
滋阴 zī yīn
滑天下之大稽 huá tiān xià zhī dà jī
滑头 huá tóu
滑泥扬波 huá ní yáng bō
滑石 huá shí
滑石粉 huá shí fěn
滑稽 huá jī
滑落 huá luò
滑行 huá xíng
滑车 huá chē
滑道 huá dào
滔天 tāo tiān
滔天罪行 tāo tiān zuì xíng
滔滔不尽 tāo tāo bù jìn
滔滔不断 tāo tāo bù duàn
滔滔不绝 tāo tāo bù jué
滔滔汩汩 tāo tāo gǔ gǔ
滚木 gǔn mù
滚热 gǔn rè
滚落 gǔn luò
满分 mǎn fēn
满勤 mǎn qín
满坐风生 mǎn zuò fēng shēng
满城风雨 mǎn chéng fēng yǔ
满堂红 mǎn táng hóng
满天星斗 mǎn tiān xīng dǒu
满座风生 mǎn zuò fēng shēng
满怀信心 mǎn huái xìn xīn
满期 mǎn qī
满江红 mǎn jiāng hóng
满满当当 mǎn mǎn dāng dāng
满纸空言 mǎn zhǐ kōng yán
满而不溢 mǎn ér bù yì
满脸春风 mǎn liǎn chūn fēng
满腹狐疑 mǎn fù hú yí
满腹经纶 mǎn fù jīng lún
满袖春风 mǎn xiù chūn fēng
满载 mǎn zài
满载而归 mǎn zài ér guī
满面春风 mǎn miàn chūn fēng
满面红光 mǎn miàn hóng guāng
滤过 lǜ guò
滥发 làn fā
滥竽充数 làn yú chōng shù
滥调 làn diào
滨海区 bīn hǎi qū
滩地 tān dì
滩头 tān tóu
滩羊 tān yáng
滴水穿石 dī shuǐ chuān shí
滴溜儿 dī liù ér
滴落 dī luò
滴露研朱 dī lù yán zhū
滴露研珠 dī lù yán zhū
漂亮 piào liàng
漂亮话 piào liàng huà
漂儿 piāo ér
漂泊 piāo bó
漂泊无定 piāo bó wú dìng
漂流 piāo liú
漂浮 piāo fú
漂海 piāo hǎi
漂游 piāo yóu
漂漂 piāo piāo
漂白 piǎo bái
漂白粉 piǎo bái fěn
漂移 piāo yí
漂蓬断梗 piāo péng duàn gěng
漂零蓬断 piāo líng péng duàn
漆画 qī huà
漆皮 qī pí
漏光 lòu guāng
漏夜 lòu yè
漏尽更阑 lòu jìn gēng lán
漏报 lòu bào
漏斗 lòu dǒu
漏泄 lòu xiè
漏泄春光 lòu xiè chūn guāng
漏风 lòu fēng
演奏家 yǎn zòu jiā
演期 yǎn qī
演说 yǎn shuō
漠不关心 mò bù guān xīn
漠不相关 mò bù xiāng guān
漠北 mò běi
漠南 mò nán
漢藏 hàn zàng
漩涡 xuán wō
漫不经心 màn bù jīng xīn
漫卷 màn juǎn
漫反射 màn fǎn shè
漫地漫天 màn dì màn tiān
漫天匝地 màn tiān zā dì
漫天掩地 màn tiān yǎn dì
漫天盖地 màn tiān gài dì
漫天过海 màn tiān guò hǎi
漫天遍地 màn tiān biàn dì
漫山塞野 màn shān sāi yě
漫流 màn liú
漫话 màn huà
漫说 màn shuō
漫道 màn dào
漫长 màn cháng
漯河 tà hé
漱流枕石 shù liú zhěn shí
漱石枕流 shù shí zhěn liú
潇洒 xiāo sǎ
潇洒风流 xiāo sǎ fēng liú
潘多拉 pān duō lā
潜伏期 qián fú qī
潜休隐德 qián xiū yǐn dé
潜光隐德 qián guāng yǐn dé
潜回 qián huí
潜德秘行 qián dé mì xíng
潜德隐行 qián dé yǐn xíng
潜意识 qián yì shí
潜流 qián liú
潜滋暗长 qián zī àn zhǎng
潜濡默被 qián rú mò bèi
潜神嘿规 qián shén hēi guī
潜移默转 qián yí mò zhuǎn
潜能 qián néng
潜藏 qián cáng
潜血 qián xuè
潜行 qián xíng
潜返 qián fǎn
潢池弄兵 huáng chí nòng bīng
潢池盗弄 huáng chí dào nòng
潦倒 liáo dǎo
潦原浸天 lǎo yuán jìn tiān
潦草 liáo cǎo
潮头 cháo tóu
潮差 cháo chā
潮涨潮落 cháo zhǎng cháo luò
潮红 cháo hóng
潮解 cháo jiě
澄明 chéng míng
澄江 chéng jiāng
澄沙 dèng shā
澄沙汰砾 dèng shā tài lì
澄清 chéng qīng
澄清天下 chéng qīng tiān xià
澄神离形 chéng shén lí xíng
澄结 dèng jié
澈底澄清 chè dǐ chéng qīng
澜倒波随 lán dǎo bō suí
澳大利亚 ào dà lì yà
澳大利亚人 ào dà lì yà rén
澹台 tán tái
澹泊寡欲 dàn bó guǎ yù
澹澹 dàn dàn
激光照排 jī guāng zhào pái
激切 jī qiè
激发 jī fā
激变 jī biàn
激将 jī jiàng
激将法 jī jiàng fǎ
激扬 jī yáng
激薄停浇 jī bó tíng jiāo
濠梁之上 háo liáng zhī shàng
濯污扬清 zhuó wū yáng qīng
瀑布 pù bù
瀚海 hàn hǎi
灌区 guàn qū
灌夫骂坐 guàn fū mà zuò
灌米汤 guàn mǐ tāng
灌装 guàn zhuāng
灌顶 guàn dǐng
火上弄冰 huǒ shàng nòng bīng
火冒三尺 huǒ mào sān chǐ
火力发电 huǒ lì fā diàn
火头 huǒ tóu
火头上 huǒ tóu shàng
火头军 huǒ tóu jūn
火尽灰冷 huǒ jìn huī lěng
火尽薪传 huǒ jìn xīn chuán
火山汤海 huǒ shān tāng hǎi
火炮 huǒ pào
火燵 huǒ tā
火石 huǒ shí
火笼 huǒ lóng
火箭炮 huǒ jiàn pào
火红 huǒ hóng
火罐儿 huǒ guàn er
火蛇 huǒ shé
火车 huǒ chē
火车头 huǒ chē tóu
灭景追风 miè yǐng zhuī fēng
灭此朝食 miè cǐ zhāo shí
灯会 dēng huì
灯头 dēng tóu
灯尽油干 dēng jìn yóu gān
灯火万家 dēng huǒ wàn jiā
灯笼 dēng lóng
灯红酒绿 dēng hóng jiǔ lǜ
灯蛾扑火 dēng é pū huǒ
灯语 dēng yǔ
灰不溜丢 huī bù liū diū
灰分 huī fēn
灰头土面 huī tóu tǔ miàn
灰沉沉 huī chén chén
灰沙 huī shā
灰色收入 huī sè shōu rù
灰蒙蒙 huī méng méng
灰质 huī zhì
灰身粉骨 huī shēn fěn gǔ
灰躯糜骨 huī qū mí gǔ
灵便 líng biàn
灵敏度 líng mǐn dù
灵芝草 líng zhī cǎo
灵蛇 líng shé
灵蛇之珠 líng shé zhī zhū
灵车 líng chē
灵长目 líng zhǎng mù
灶头 zào tou
灶间 zào jiān
灸艾分痛 jiǔ ài fēn tòng
灼艾分痛 zhuó ài fēn tòng
灼见 zhuó jiàn
灼见真知 zhuó jiàn zhēn zhī
灾区 zāi qū
灾难 zāi nàn
灾难深重 zāi nán shēn zhòng
灿若繁星 càn ruò fán xīng
炉瓦 lú wǎ
炉甘石 lú gān shí
炉门 lú mén
炊沙作糜 chuī shā zuò mí
炊沙镂冰 chuī shā lòu bīng
炊鲜漉清 chuī xiān lù qīng
炒肝儿 chǎo gān er
炕几 kàng jǐ
炕头 kàng tóu
炙手可热 zhì shǒu kě rè
炫奇争胜 xuàn qí zhēng shèng
炫巧斗妍 xuàn qiǎo dòu yán
炫异争奇 xuàn yì zhēng qí
炫弄 xuàn nòng
炫昼缟夜 xuàn zhòu gǎo yè
炫玉贾石 xuàn yù gǔ shí
炫石为玉 xuàn shí wéi yù
炮兵 pào bīng
炮凤烹龙 páo fèng pēng lóng
炮击 pào jī
炮口 pào kǒu
炮塔 pào tǎ
炮子儿 pào zǐ er
炮弹 pào dàn
炮手 pào shǒu
炮火 pào huǒ
炮火连天 pào huǒ lián tiān
炮烙 páo luò
炮衣 pào yī
炮车 pào chē
炮龙烹凤 pào lóng pēng fèng
炯炯有神 jiǒng jiǒng yǒu shén
炰鳖脍鲤 fǒu biē kuài lǐ
炳如观火 bǐng rú guān huǒ
炳若日星 bǐng ruò rì xīng
炳若观火 bǐng ruò guān huǒ
炸弹 zhà dàn
炸毁 zhà huǐ
炸油饼 zhá yóu bǐng
炸烹大虾 zhá pēng dà xiā
炸破 zhà pò
炸药 zhà yào
炸药包 zhà yào bāo
炸虾 zhá xiā
炸裂 zhà liè
炸鱼 zhá yú
点发 diǎn fā
点头 diǎn tóu
点头之交 diǎn tóu zhī jiāo
点头咂嘴 diǎn tóu zā zuǐ
点头哈腰 diǎn tóu hā yāo
点射 diǎn shè
点将 diǎn jiàng
点数 diǎn shù
点炮 diǎn pào
点着 diǎn zháo
点石为金 diǎn shí wéi jīn
点石成金 diǎn shí chéng jīn
炼句 liàn jù
炼石补天 liàn shí bǔ tiān
炽盛 chì shèng
烁石流金 shuò shí liú jīn
烂泥 làn ní
烂若披掌 làn ruò pī zhǎng
烂若披锦 làn ruò pī jǐn
烂若舒锦 làn ruò shū jǐn
烂醉如泥 làn zuì rú ní
烂额焦头 làn é jiāo tóu
烈军属 liè jūn shǔ
烈女 liè nǚ
烈属 liè shǔ
烈度 liè dù
烈火干柴 liè huǒ gān chái
烈火见真金 liè huǒ jiàn zhēn jīn
烈风 liè fēng
烘干 hōng gān
烘笼 hōng lóng
烙花 lào huā
烙铁 lào tiě
烙饼 lào bǐng
烛照数计 zhú zhào shù jì
烟不出火不进 yān bù chū huǒ bù jìn
烟卷 yān juǎn
烟卷儿 yān juǎn ér
烟叶 yān yè
烟嘴儿 yān zuǐ er
烟头 yān tóu
烟幕弹 yān mù dàn
烟斗 yān dǒu
烟熏 yān xūn
烟聚波属 yān jù bō shǔ
烟膏 yān gāo
烟花风月 yān huā fēng yuè
烟视媚行 yān shì mèi xíng
烟雨 yān yǔ
烟雾弹 yān wù dàn
烧犀观火 shāo xī guān huǒ
烧结 shāo jié
烩饼 huì bǐng
烫发 tàng fà
烫头 tàng tóu
热中 rè zhōng
热切 rè qiè
热功当量 rè gōng dāng liàng
热压 rè yā
热可炙手 rè kě zhì shǒu
热和 rè huo
热地 rè dì
热度 rè dù
热效应 rè xiào yìng
热核反应 rè hé fǎn yìng
热核炸弹 rè hé zhà dàn
热汤 rè tāng
热火朝天 rè huǒ cháo tiān
热熬翻饼 rè áo fān bǐng
热线电话 rè xiàn diàn huà
热络 rè luò
热能 rè néng
热血 rè xuè
热辐射 rè fú shè
热量 rè liàng
热锅上的蚂蚁 rè guō shàng de mǎ yǐ
热锅上蚂蚁 rè guō shàng mǎ yǐ
热锅上蝼蚁 rè guō shàng lóu yǐ
热风 rè fēng
烹调 pēng tiáo
烹龙炮凤 pēng lóng páo fèng
焙干 bèi gān
焚枯食淡 fén kū shí dàn
焚风 fén fēng
焚香扫地 fén xiāng sǎo dì
焦圈儿 jiāo quān ér
焦干 jiāo gān
焦心热中 jiāo xīn rè zhōng
焦沙烂石 jiāo shā làn shí
焦熬投石 jiāo áo tóu shí
焦金流石 jiāo jīn liú shí
焦金烁石 jiāo jīn shuò shí
焮天铄地 xìn tiān shuò dì
煎熬 jiān áo
煞星 shà xīng
煞白 shà bái
煞神 shà shén
煞费苦心 shà fèi kǔ xīn
煞车 shā chē
煤核儿 méi hú ér
煤气管 méi qì guǎn
煤气表 méi qì biǎo
煤熏 méi xùn
煤矸石 méi gān shí
煤饼 méi bǐng
照会 zhào huì
照发 zhào fā
照射 zhào shè
照应 zhào yìng
照度 zhào dù
照明弹 zhào míng dàn
照片 zhào piān
照相 zhào xiàng
照相纸 zhào xiàng zhǐ
照着 zhào zhe
照见 zhào jiàn
照说 zhào shuō
照面儿 zhào miàn er
煽风点火 shān fēng diǎn huǒ
熊爪子 xióng zhuǎ zi
熊罴百万 xióng pí bǎi wàn
熊腰虎背 xióng yāo hǔ bèi
熏倒 xùn dǎo
熏天赫地 xūn tiān hè dì
熏熏 xūn xūn
熏着 xùn zháo
熏莸不同器 xūn yóu bù tóng qì
熏莸同器 xūn yóu tóng qì
熏风 xūn fēng
熏香 xūn xiāng
熏鱼 xūn yú
熏鸡 xūn jī
熔解 róng jiě
熙和 xī hé
熟地 shú dì
熟知 shú zhī
熟石膏 shú shí gāo
熟识 shú shí
熟语 shú yǔ
熟路轻车 shú lù qīng chē
熟食 shú shí
熨帖 yù tiē
熨斗 yùn dǒu
熬出头 áo chū tóu
熬夜 áo yè
熬姜呷醋 áo jiāng xiā cù
熬心 áo xīn
熬更守夜 áo gēng shǒu yè
熬枯受淡 áo kū shòu dàn
熬油费火 áo yóu fèi huǒ
熬清受淡 áo qīng shòu dàn
熬清守淡 áo qīng shǒu dàn
熬熬 áo áo
熯天炽地 hàn tiān chì dì
燃烧弹 rán shāo dàn
燃烧炸弹 rán shāo zhà dàn
燋金烁石 jiāo jīn shuò shí
燎原 liáo yuán
燎原烈火 liáo yuán liè huǒ
燎如观火 liǎo rú guān huǒ
燎若观火 liáo ruò guān huǒ
燕京 yān jīng
燕儿 yàn ér
燕子 yàn zi
燕子衔食 yàn zǐ xián shí
燕安酖毒 yàn ān dān dú
燕居 yàn jū
燕山 yān shān
燕岱之石 yān dài zhī shí
燕巢幕上 yàn cháo mù shàng
燕巢幙上 yàn cháo mù shàng
燕市悲歌 yān shì bēi gē
燕昭好马 yān zhāo hǎo mǎ
燕燕于归 yàn yàn yú guī
燕约莺期 yàn yuē yīng qī
燕舞莺歌 yàn wǔ yīng gē
燕语莺声 yàn yǔ yīng shēng
燕跃鹄踊 yàn yuè hú yǒng
燕金募秀 yān jīn mù xiù
燕雀 yàn què
燕雀之居 yàn què zhī jū
燕雀之见 yàn què zhī jiàn
燕雀安知鸿鹄之志 yàn què ān zhī hóng hú zhī zhì
燕雀安知鸿鹄志 yàn què ān zhī hóng hú zhì
燕雁代飞 yàn yàn dài fēi
燕颔书生 yàn hàn shū shēng
燕颔儒生 yàn hàn rú shēng
燕颔虎头 yàn hàn hǔ tóu
燕额虎头 yàn é hǔ tóu
燕骏千金 yān jùn qiān jīn
燥裂 zào liè
燧石 suì shí
爆发 bào fā
爆炸 bào zhà
爆破炸弹 bào pò zhà dàn
爆裂 bào liè
爪儿 zhuǎ ér
爪子 zhuǎ zi
爪尖儿 zhuǎ jiān er
爪牙 zhǎo yá
爬行 pá xíng
爱不忍释 ài bù rěn shì
爱不释手 ài bù shì shǒu
爱之欲其生 ài zhī yù qí shēng
爱别离苦 ài bié lí kǔ
爱博而情不专 ài bó ér qíng bù zhuān
爱国如家 ài guó rú jiā
爱好 ài hào
爱憎分明 ài zēng fēn míng
爱斯基摩人 ài sī jī mó rén
爱沙尼亚人 ài shā ní yà rén
爱生恶死 ài shēng wù sǐ
爱礼存羊 ài lǐ cún yáng
爱称 ài chēng
爱素好古 ài sù hào gǔ
爵士乐 jué shì yuè
爵士音乐 jué shì yīn yuè
父亲 fù qīn
父债子还 fù zhài zǐ huán
父执 fù zhí
父本 fù běn
父母 fù mǔ
父母官 fù mǔ guān
父母恩勤 fù mǔ ēn qín
父系 fù xì
父老 fù lǎo
爽心豁目 shuǎng xīn huō mù
爽然若失 shuǎng rán ruò shī
片云遮顶 piàn yún zhē dǐng
片假名 piàn jiǎ míng
片儿 piān er
片儿汤 piān er tāng
片刻 piàn kè
片头 piàn tóu
片接寸附 piàn jiē cùn fù
片断 piàn duàn
片时 piàn shí
片瓦 piàn wǎ
片甲不回 piàn jiǎ bù huí
片甲不还 piàn jiǎ bù huán
片纸只字 piàn zhǐ zhī zì
片言 piàn yán
片言一字 piàn yán yī zì
片言只字 piàn yán zhī zì
片言只语 piàn yán zhī yǔ
片词只句 piàn cí zhī jù
片语 piàn yǔ
片长末技 piàn cháng mò jì
片长薄技 piàn cháng bó jì
片面 piàn miàn
片鳞半爪 piàn lín bàn zhǎo
片鳞只甲 piàn lín zhī jiǎ
片鳞残甲 piàn lín cán jiǎ
片鳞碎甲 piàn lín suì jiǎ
版版六十四 bǎn bǎn liù shí sì
版筑 bǎn zhù
版筑饭牛 bǎn zhù fàn niú
牌儿 pái er
牌风 pái fēng
牖中窥日 yǒu zhōng kuī rì
牙牙学语 yá yá xué yǔ
牙石 yá shí
牙膏 yá gāo
牙龈 yá yín
牛不喝水强按头 niú bù hē shuǐ qiǎng àn tóu
牛仔 niú zǎi
牛劲 niú jìn
牛听弹琴 niú tīng tán qín
牛圈 niú juàn
牛头 niú tóu
牛头不对马嘴 niú tóu bù duì mǎ zuǐ
牛头不对马面 niú tóu bù duì mǎ miàn
牛头刨 niú tóu bào
牛头马面 niú tóu mǎ miàn
牛扒 niú bā
牛排 niú pái
牛星织女 niú xīng zhī nǚ
牛毛细雨 niú máo xì yǔ
牛毛雨 niú máo yǔ
牛角 niú jiǎo
牛角之歌 niú jiǎo zhī gē
牛角书生 niú jiǎo shū shēng
牛角尖 niú jiǎo jiān
牛蹄中鱼 niú tí zhōng yú
牛车 niú chē
牛郎 niú láng
牛郎星 niú láng xīng
牛郎织女 niú láng zhī nǚ
牛骥共牢 niú jì gòng láo
牛高马大 niú gāo mǎ dà
牛鬼蛇神 niú guǐ shé shén
牟利 móu lì
牟取 móu qǔ
牟平 mù píng
牡丹花 mǔ dān huā
牢不可破 láo bù kě pò
牢什古子 láo shí gǔ zi
牢度 láo dù
牢笼 láo lóng
牧区 mù qū
牧地 mù dì
牧场 mù chǎng
牧畜 mù xù
牧羊 mù yáng
牧羊人 mù yáng rén
物以群分 wù yǐ qún fēn
物伤其类 wù shāng qí lèi
物华 wù huá
物华天宝 wù huá tiān bǎo
物尽其用 wù jìn qí yòng
物极将返 wù jí jiāng fǎn
物理量 wù lǐ liàng
物竞天择 wù jìng tiān zé
牯牛 gǔ niú
牲畜 shēng chù
牵一发而动全身 qiān yī fà ér dòng quán shēn
牵合傅会 qiān hé fù huì
牵合附会 qiān hé fù huì
牵头 qiān tóu
牵引附会 qiān yǐn fù huì
牵强 qiān qiǎng
牵强附会 qiān qiǎng fù huì
牵强附合 qiān qiǎng fù hé
牵拉 qiān lā
牵牛织女 qiān niú zhī nǚ
牵着鼻子走 qiān zhe bí zi zǒu
牵系 qiān xì
牵累 qiān lěi
牵羊担酒 qiān yáng dān jiǔ
牵萝莫补 qiān luó mò bǔ
牵衣肘见 qiān yī zhǒu jiàn
特别 tè bié
特别快车 tè bié kuài chē
特区 tè qū
特困 tè kùn
特地 tè dì
特异功能 tè yì gōng néng
特徵 tè zhǐ
特批 tè pī
特有 tè yǒu
特立独行 tè lì dú xíng
特行 tè xíng
特长 tè cháng
特长生 tè cháng shēng
犀角 xī jiǎo
犀顶龟文 xī dǐng guī wén
犁牛骍角 lí niú xīng jiǎo
犁生骍角 lí shēng xīng jiǎo
犄角 jī jiǎo
犍为 qián wéi
犍牛 jiān niú
犟劲 jiàng jìn
犬牙盘石 quǎn yá pán shí
犬牙鹰爪 quǎn yá yīng zhǎo
犯上 fàn shàng
犯上作乱 fàn shàng zuò luàn
犯不上 fàn bù shàng
犯不着 fàn bù zháo
犯得上 fàn děi shàng
犯得着 fàn de zháo
犯急 fàn jí
犯疑 fàn yí
犯罪嫌疑人 fàn zuì xián yí rén
犯而不校 fàn ér bù jiào
犯而勿校 fàn ér wù xiào
状语 zhuàng yǔ
犹大 yóu dà
犹疑 yóu yí
犹解倒悬 yóu jiě dào xuán
狂妄自大 kuáng wàng zì dà
狂嫖滥赌 kuáng piáo làn dǔ
狂暴 kuáng bào
狂风 kuáng fēng
狂风暴雨 kuáng fēng bào yǔ
狂风骤雨 kuáng fēng zhòu yǔ
狐不二雄 hú bù èr xióng
狐假虎威 hú jiǎ hǔ wēi
狐假鸱张 hú jiǎ chī zhāng
狐唱枭和 hú chàng xiāo hé
狐埋狐扬 hú mái hú yáng
狐狸尾巴 hú lí wěi bā
狐疑 hú yí
狐臭 hú chòu
狐藉虎威 hú jiè hǔ wēi
狐裘尨茸 hú qiú méng róng
狐裘蒙戎 hú qiú méng róng
狐鸣篝中 hú míng gōu zhōng
狗口里吐不出象牙 gǒu kǒu lǐ tǔ bù chū xiàng yá
狗口里生不出象牙 gǒu kǒu lǐ shēng bù chū xiàng yá
狗嘴吐不出象牙 gǒu zuǐ tǔ bù chū xiàng yá
狗嘴里吐不出象牙 gǒu zuǐ lǐ tǔ bù chū xiàng yá
狗头 gǒu tóu
狗尾草 gǒu wěi cǎo
狗屁不通 gǒu pì bù tōng
狗彘不如 gǒu zhì bù rú
狗彘不食 gǒu zhì bù shí
狗彘不食其余 gǒu zhì bù shí qí yú
狗心狗行 gǒu xīn gǒu xíng
狗猪不食其余 gǒu zhū bù shí qí yú
狗眼看人 gǒu yǎn kàn rén
狗续侯冠 gǒu xù hòu guàn
狗血喷头 gǒu xuè pēn tóu
狗血淋头 gǒu xuè lín tóu
狗行狼心 gǒu xíng láng xīn
狞恶 níng è
狠劲 hěn jìn
狠抓 hěn zhuā
狠话 hěn huà
狧穅及米 shì kāng jí mǐ
独个 dú gè
独个儿 dú gè er
独出己见 dú chū jǐ jiàn
独占 dú zhàn
独占鳌头 dú zhàn áo tóu
独善其身 dú shàn qí shēn
独善吾身 dú shàn wú shēn
独女 dú nǚ
独家 dú jiā
独当一面 dú dāng yī miàn
独得之见 dú dé zhī jiàn
独断专行 dú duàn zhuān xíng
独断独行 dú duàn dú xíng
独有 dú yǒu
独有千古 dú yǒu qiān gǔ
独木难支 dú mù nán zhī
独步当时 dú bù dāng shí
独生女 dú shēng nǚ
独立王国 dú lì wáng guó
独行 dú xíng
独行其是 dú xíng qí shì
独行其道 dú xíng qí dào
独行独断 dú xíng dú duàn
独角 dú jiǎo
独轮车 dú lún chē
独辟蹊径 dú pì xī jìng
狭巷 xiá xiàng
狭长 xiá cháng
狮子 shī zi
狮子会 shī zi huì
狮子大开口 shī zi dà kāi kǒu
狮子头 shī zi tóu
狼吃幞头 láng chī fú tóu
狼头 láng tóu
狼心狗行 láng xīn gǒu xíng
狼烟大话 láng yān dà huà
狼藉 láng jí
狼顾狐疑 láng gù hú yí
狼飡虎食 láng cān hǔ shí
猎装 liè zhuāng
猛可 měng kě
猛将 měng jiàng
猛男 měng nán
猜度 cāi duó
猜着 cāi zháo
猩红 xīng hóng
猩红热 xīng hóng rè
猪倌儿 zhū guān er
猪头肉 zhū tóu ròu
猪排 zhū pái
猪笼草 zhū lóng cǎo
猪肚 zhū dǔ
猪肚儿 zhū dǔ er
猪舍 zhū shě
猫头鹰 māo tóu yīng
猫爪子 māo zhuǎ zi
猫鼠同乳 māo shǔ tóng rǔ
猫鼠同眠 māo shǔ tóng mián
献上 xiàn shàng
献可替否 xiàn kě tì fǒu
献替可否 xiàn tì kě fǒu
献殷勤 xiàn yīn qín
献给 xiàn gěi
献血 xiàn xiě
猴儿急 hóu er jí
猴头 hóu tóu
猿穴坏山 yuán xué huài shān
猿鹤虫沙 yuán hè chóng shā
獐头鼠目 zhāng tóu shǔ mù
獐麇马鹿 zhāng jūn mǎ lù
玄参 xuán cān
玄妙莫测 xuán miào mò cè
玄秘 xuán mì
玄辞冷语 xuán cí lěng yǔ
率以为常 shuài yǐ wéi cháng
率先 shuài xiān
率兽食人 shuài shòu shí rén
率军 shuài jūn
率土同庆 shuài tǔ tóng qìng
率土宅心 shuài tǔ zhái xīn
率土归心 shuài tǔ guī xīn
率尔 shuài ěr
率尔成章 shuài ěr chéng zhāng
率尔操觚 shuài ěr cāo gū
率性 shuài xìng
率然 shuài rán
率由旧则 shuài yóu jiù zé
率由旧章 shuài yóu jiù zhāng
率直 shuài zhí
率真 shuài zhēn
率队 shuài duì
率领 shuài lǐng
率马以骥 shuài mǎ yǐ jì
玉佛 yù fó
玉兰片 yù lán piàn
玉卮无当 yù zhī wú dàng
玉叶金枝 yù yè jīn zhī
玉女 yù nǚ
玉尺量才 yù chǐ liáng cái
玉成其美 yù chéng qí měi
玉树临风 yù shù lín fēng
玉树琼枝 yù shù qióng zhī
玉毁椟中 yù huǐ dú zhōng
玉皇大帝 yù huáng dà dì
玉石 yù shí
玉石不分 yù shí bù fēn
玉石同沉 yù shí tóng chén
玉砌雕阑 yù qì diāo lán
玉米片 yù mǐ piàn
玉米花儿 yù mǐ huā er
玉质金相 yù zhì jīn xiàng
玉食 yù shí
玉食锦衣 yù shí jǐn yī
王不留行 wáng bù liú xíng
王佐之才 wáng zuǒ zhī cái
王侯 wáng hóu
王侯将相 wáng hóu jiàng xiàng
王八 wáng bā
王公 wáng gōng
王公大人 wáng gōng dà rén
王冠 wáng guān
王后 wáng hòu
王国 wáng guó
王天下 wàng tiān xià
王官 wáng guān
王朝 wáng cháo
王水 wáng shuǐ
王法 wáng fǎ
王相 wáng xiàng
王祥卧冰 wáng xiáng wò bīng
王老五 wáng lǎo wǔ
王蒙 wáng méng
王蛇 wáng shé
王贡弹冠 wáng gòng dàn guàn
王道 wáng dào
玩乐 wán lè
玩人丧德 wán rén sàng dé
玩儿不转 wán ér bù zhuàn
玩兴 wán xìng
玩岁愒日 wán suì kài rì
玩岁愒时 wán suì kài shí
玩岁愒月 wán suì kài yuè
玩弄 wán nòng
玩日愒时 wán rì kài shí
玩时愒日 wán shí kài rì
玫瑰红 méi guī hóng
玫瑰香 méi guī xiāng
环中 huán zhōng
环伺 huán sì
环合 huán hé
环肥燕瘦 huán féi yàn shòu
环行 huán xíng
环食 huán shí
现世现报 xiàn shì xiàn bào
现出 xiàn chū
现地 xiàn dì
现场 xiàn chǎng
现场会 xiàn chǎng huì
现大洋 xiàn dà yáng
现有 xiàn yǒu
现期 xiàn qī
现行 xiàn xíng
现行法 xiàn xíng fǎ
现行犯 xiàn xíng fàn
现身说法 xiàn shēn shuō fǎ
现量 xiàn liàng
现钟不打 xiàn zhōng bù dǎ
现钟弗打 xiàn zhōng fú dǎ
玻璃 bō lí
玻璃纸 bō lí zhǐ
珍奇 zhēn qí
珍珠贝 zhēn zhū bèi
珍珠霜 zhēn zhū shuāng
珍藏 zhēn cáng
珍重 zhēn zhòng
珠宝商 zhū bǎo shāng
珠槃玉敦 zhū pán yù dūn
珠流璧转 zhū liú bì zhuǎn
珠玉在侧 zhū yù zài cè
珠盘玉敦 zhū pán yù dūn
珠箔银屏 zhū bó yín píng
珠联璧合 zhū lián bì hé
珠蚌 zhū bàng
珠被 zhū bèi
珠还合浦 zhū huán hé pǔ
珠连璧合 zhū lián bì hé
珠零玉落 zhū líng yù luò
班师回朝 bān shī huí cháo
班师得胜 bān shī dé shèng
班期 bān qī
班禅 bān chán
班衣戏采 bān yī xì cǎi
班车 bān chē
班长 bān zhǎng
琅嬛福地 láng huán fú dì
琅琅上口 láng láng shàng kǒu
理不忘乱 lǐ bù wàng luàn
理事国 lǐ shì guó
理发 lǐ fà
理所应当 lǐ suǒ yīng dāng
理正词直 lǐ zhèng cí zhí
理论上 lǐ lùn shàng
琐尾流离 suǒ wěi liú lí
琢磨 zhuó mó
琴声 qín shēng
琴断朱弦 qín duàn zhū xián
琴瑟不调 qín sè bù tiáo
琴瑟之好 qín sè zhī hǎo
琴瑟和好 qín sè hé hǎo
琴瑟失调 qín sè shī tiáo
琴瑟调和 qín sè tiáo hé
琵琶别弄 pí pá bié nòng
琵琶别抱 pí pá bié bào
琵琶旧语 pí pá jiù yǔ
琵琶胡语 pí pá hú yǔ
琵琶行 pí pá xíng
琵琶骨 pí pá gǔ
琼枝玉叶 qióng zhī yù yè
琼枝玉树 qióng zhī yù shù
瑕不掩瑜 xiá bù yǎn yú
瑕不揜瑜 xiá bù yǎn yú
瑕瑜互见 xiá yú hù jiàn
瑜伽 yú jiā
瑟弄琴调 sè nòng qín tiáo
瑟缩 sè suō
瑟调琴弄 sè tiáo qín nòng
瑰丽 guī lì
瑰奇 guī qí
瑰意奇行 guī yì qí xíng
瑰意琦行 guī yì qí xíng
瑶民 yáo mín
瑶草奇花 yáo cǎo qí huā
璧还 bì huán
瓜分 guā fēn
瓜剖豆分 guā pōu dòu fēn
瓜区豆分 guā qū dòu fēn
瓜子仁儿 guā zi rén er
瓜子儿 guā zi er
瓜字初分 guā zì chū fēn
瓜期 guā qī
瓜熟蒂落 guā shú dì luò
瓜片 guā piàn
瓜蔓 guā wàn
瓜藤 guā téng
瓜连蔓引 guā lián màn yǐn
瓢泼大雨 piáo pō dà yǔ
瓣儿 bàn er
瓦刀 wà dāo
瓦器 wǎ qì
瓦圈 wǎ quān
瓦岗军 wǎ gāng jūn
瓦工 wǎ gōng
瓦当 wǎ dāng
瓦楞 wǎ léng
瓦楞纸 wǎ léng zhǐ
瓦片 wǎ piàn
瓦特 wǎ tè
瓦窑 wǎ yáo
瓦窑堡 wǎ yáo bǔ
瓦舍 wǎ shè
瓦解 wǎ jiě
瓮天之见 wèng tiān zhī jiàn
瓮尽杯干 wèng jìn bēi gān
瓶坠簪折 píng zhuì zān zhé
瓶塞 píng sāi
瓶沉簪折 píng chén zān zhé
甄别 zhēn bié
甘之若素 gān zhī ruò sù
甘冒虎口 gān mào hǔ kǒu
甘分随时 gān fèn suí shí
甘处下流 gān chǔ xià liú
甘当 gān dāng
甘拜下风 gān bài xià fēng
甘结 gān jié
甘言美语 gān yán měi yǔ
甘败下风 gān bài xià fēng
甘贫乐道 gān pín lè dào
甘贫守分 gān pín shǒu fēn
甘醇 gān chún
甘雨 gān yǔ
甘雨随车 gān yǔ suí chē
甘露 gān lù
甚且 shèn qiě
甚于 shén yú
甚嚣尘上 shèn xiāo chén shàng
甚而 shèn ér
甚而至于 shèn ér zhì yú
甚至 shèn zhì
甚至于 shèn zhì yú
甜味儿 tián wèi er
甜言媚语 tián yán mèi yǔ
甜言美语 tián yán měi yǔ
甜言蜜语 tián yán mì yǔ
甜言软语 tián yán ruǎn yǔ
生不逢时 shēng bù féng shí
生不遇时 shēng bù yù shí
生于 shēng yú
生产关系 shēng chǎn guān xì
生产率 shēng chǎn lǜ
生众食寡 shēng zhòng shí guǎ
生公说法 shēng gōng shuō fǎ
生分 shēng fēn
生发 shēng fà
生吃 shēng chī
生吞活剥 shēng tūn huó bō
生地 shēng dì
生态系统 shēng tài xì tǒng
生拉硬扯 shēng lā yìng chě
生拉硬拽 shēng lā yìng zhuài
生拖死拽 shēng tuō sǐ zhuài
生死关头 shēng sǐ guān tóu
生死有命 shēng sǐ yǒu mìng
生死未卜 shēng sǐ wèi bǔ
生死相依 shēng sǐ xiāng yī
生死肉骨 shēng sǐ ròu gǔ
生殖 shēng zhí
生殖器 shēng zhí qì
生灵涂地 shēng líng tú dì
生父 shēng fù
生物圈 shēng wù quān
生物电 shēng wù diàn
生番 shēng fān
生疑 shēng yí
生石膏 shēng shí gāo
生离死别 shēng lí sǐ bié
生育率 shēng yù lǜ
生角 shēng jué
生财有道 shēng cái yǒu dào
生还 shēng huán
生还者 shēng huán zhě
生长 shēng zhǎng
生长期 shēng zhǎng qī
生长激素 shēng zhǎng jī sù
生长点 shēng zhǎng diǎn
生风 shēng fēng
生齿日繁 shēng chǐ rì fán
甥女 shēng nǚ
用一当十 yòng yī dāng shí
用人不当 yòng rén bú dàng
用其所长 yòng qí suǒ cháng
用劲 yòng jìn
用地 yòng dì
用天因地 yòng tiān yīn dì
用度 yòng dù
用材 yòng cái
用武之地 yòng wǔ zhī dì
用水和面 yòng shuǐ huò miàn
用舍行藏 yòng shě xíng cáng
用行舍藏 yòng xíng shě cáng
用词不当 yòng cí bú dàng
用词切当 yòng cí qiè dàng
用语 yòng yǔ
用逸待劳 yòng yì dài láo
用非其人 yòng fēi qí rén
田地 tián dì
田夫野老 tián fū yě lǎo
田头 tián tóu
田家 tián jiā
田父 tián fǔ
田父之功 tián fǔ zhī gōng
田父献曝 tián fǔ xiàn pù
田舍 tián shè
田间 tián jiān
由不得 yóu bù dé
由头 yóu tou
由得 yóu de
由浅入深 yóu qiǎn rù shēn
甲冠天下 jiǎ guàn tiān xià
甲壳 jiǎ qiào
甲骨 jiǎ gǔ
甲骨文 jiǎ gǔ wén
申论 shēn lùn
申说 shēn shuō
电传 diàn chuán
电位差 diàn wèi chà
电信 diàn xìn
电光朝露 diàn guāng zhāo lù
电光石火 diàn guāng shí huǒ
电刨 diàn bào
电力机车 diàn lì jī chē
电力系统 diàn lì xì tǒng
电功率 diàn gōng lǜ
电势差 diàn shì chà
电压 diàn yā
电压互感器 diàn yā hù gǎn qì
电压放大器 diàn yā fàng dà qì
电压表 diàn yā biǎo
电压计 diàn yā jì
电吹风 diàn chuī fēng
电声乐队 diàn shēng yuè duì
电大 diàn dà
电子乐器 diàn zǐ yuè qì
电子汇款 diàn zǐ huì kuǎn
电子音乐 diàn zǐ yīn yuè
电度表 diàn dù biǎo
电影周 diàn yǐng zhōu
电影片 diàn yǐng piān
电暖器 diàn nuǎn qì
电气化 diàn qì huà
电气化铁路 diàn qì huà tiě lù
电气石 diàn qì shí
电流强度 diàn liú qiáng dù
电流放大器 diàn liú fàng dà qì
电烙铁 diàn lào tiě
电热器 diàn rè qì
电照风行 diàn zhào fēng xíng
电熨斗 diàn yùn dǒu
电瓶车 diàn píng chē
电石 diàn shí
电磁感应 diàn cí gǎn yìng
电能 diàn néng
电能表 diàn néng biǎo
电脉冲 diàn mài chōng
电视发射塔 diàn shì fā shè tǎ
电视片 diàn shì piàn
电视系列片 diàn shì xì liè piàn
电视频道 diàn shì pín dào
电解 diàn jiě
电解质 diàn jiě zhì
电车 diàn chē
电量 diàn liàng
电阻率 diàn zǔ lǜ
男中音 nán zhōng yīn
男傧相 nán bīn xiàng
男儿有泪不轻弹 nán ér yǒu lèi bù qīng tán
男唱女随 nán chàng nǚ suí
男女 nán nǚ
男女授受不亲 nán nǚ shòu shòu bù qīn
男女有别 nán nǚ yǒu bié
男女老小 nán nǚ lǎo xiǎo
男孩儿 nán hái er
男室女家 nán shì nǚ jiā
男家 nán jiā
男性病 nán xìng bìng
男才女貌 nán cái nǚ mào
男模 nán mó
男欢女爱 nán huān nǚ ài
男男女女 nán nán nǚ nǚ
画中有诗 huà zhōng yǒu shī
画卷 huà juàn
画圈儿 huà quān er
画地为牢 huà dì wéi láo
画地刻木 huà dì kè mù
画地成图 huà dì chéng tú
画地成牢 huà dì chéng láo
画家 huà jiā
画屏 huà píng
画沙印泥 huà shā yìn ní
画片 huà piàn
画片儿 huà piàn er
画画 huà huà
画疆墨守 huà jiāng mò shǒu
画肖像 huà xiào xiàng
画荻和丸 huà dí huò wán
画虎不成 huà hǔ bù chéng
画虎画皮难画骨 huà hǔ huà pí nán huà gǔ
画蛇著足 huà shé zhuó zú
画论 huà lùn
畅行 chàng xíng
畅行无阻 chàng xíng wú zǔ
界内 jiè nèi
界外 jiè wài
界尺 jiè chǐ
界石 jiè shí
界说 jiè shuō
畏光 wèi guāng
畏寒 wèi hán
畏缩 wèi suō
留传 liú chuán
留余地 liú yú dì
留利 liú lì
留别 liú bié
留取丹心照汗青 liú qǔ dān xīn zhào hàn qīng
留宿 liú sù
留尾巴 liú wěi ba
留恋不舍 liú liàn bù shě
留有余地 liú yǒu yú dì
留空 liú kòng
留落 liú luò
留连不舍 liú lián bù shě
畚斗 běn dǒu
畜产 xù chǎn
畜养 xù yǎng
畜圈 chù juàn
畜妻养子 xù qī yǎng zǐ
畜栏 chù lán
畜牧 xù mù
畜牧业 xù mù yè
畜牧场 xù mù chǎng
畜生 chù sheng
畜类 chù lèi
略知一二 lüè zhī yī èr
略知皮毛 lüè zhī pí máo
略识之无 lüè shí zhī wú
略迹论心 lüè jì lùn xīn
番将 fān jiàng
番木瓜 fān mù guā
番瓜 fān guā
番禺 pān yú
番红花 fān hóng huā
番茄 fān qié
番薯 fān shǔ
畸轻畸重 jī qīng jī zhòng
畸重畸轻 jī zhòng jī qīng
疆土 jiāng tǔ
疏不间亲 shū bù jiàn qīn
疏勒 shū lè
疏浅 shū qiǎn
疏落 shū luò
疏解 shū jiě
疏财重义 shū cái zhòng yì
疑义 yí yì
疑事无功 yí shì wú gōng
疑云 yí yún
疑似 yí sì
疑似之间 yí sì zhī jiān
疑信参半 yí xìn cān bàn
疑兵 yí bīng
疑团 yí tuán
疑团莫释 yí tuán mò shì
疑心 yí xīn
疑心生暗鬼 yí xīn shēng àn guǐ
疑心病 yí xīn bìng
疑念 yí niàn
疑点 yí diǎn
疑神疑鬼 yí shén yí guǐ
疑神见鬼 yí shén jiàn guǐ
疑行无成 yí xíng wú chéng
疑误天下 yí wù tiān xià
疑问 yí wèn
疑问句 yí wèn jù
疑鬼疑神 yí guǐ yí shén
疙瘩 gē da
疙瘩汤 gē da tāng
疟子 yào zǐ
疫区 yì qū
疯枝 fēng zhī
疯长 fēng zhǎng
疲于奔命 pí yú bēn mìng
疲沓 pí tà
疲疲沓沓 pí pí tà tà
疲累 pí lèi
疾恶如仇 jí è rú chóu
疾恶如风 jí è rú fēng
疾行 jí xíng
疾走先得 jí zǒu xiān dé
疾足先得 jí zú xiān dé
疾雨暴风 jí yǔ bào fēng
疾雷不及塞耳 jí léi bù jí sāi ěr
疾雷不及掩耳 jí léi bù jí yǎn ěr
疾雷不暇掩耳 jí léi bù xiá yǎn ěr
疾霆不暇掩目 jí tíng bù xiá yǎn mù
疾风 jí fēng
疾风劲草 jí fēng jìng cǎo
疾风彰劲草 jí fēng zhāng jìng cǎo
疾风扫秋叶 jí fēng sǎo qiū yè
疾风暴雨 jí fēng bào yǔ
疾风甚雨 jí fēng shèn yǔ
疾风知劲草 jí fēng zhī jìng cǎo
疾风骤雨 jí fēng zhòu yǔ
病从口入 bìng cóng kǒu rù
病区 bìng qū
病重 bìng zhòng
病革 bìng jí
病骨支离 bìng gǔ zhī lí
症结 zhēng jié
痌瘝在抱 tōng guān zài bào
痛不欲生 tòng bù yù shēng
痛切 tòng qiè
痛剿穷迫 tòng jiǎo qióng pò
痛定思痛 tòng dìng sī tòng
痛心入骨 tòng xīn rù gǔ
痛心切骨 tòng xīn qiè gǔ
痛恶 tòng wù
痛打 tòng dǎ
痛深恶绝 tòng shēn wù jué
痛痒相关 tòng yǎng xiāng guān
痛自创艾 tòng zì chuāng yì
痛风 tòng fēng
痱子 fèi zi
痱子粉 fèi zǐ fěn
痴儿呆女 chī ér dāi nǚ
痴男怨女 chī nán yuàn nǚ
瘀血 yū xuè
瘅热 dān rè
瘌痢头 là lì tóu
瘗玉埋香 yì yù mái xiāng
瘠薄 jí bó
瘦削 shòu xuē
瘦猴儿 shòu hóu er
瘦长 shòu cháng
瘦骨如柴 shòu gǔ rú chái
瘦高挑儿 shòu gāo tiǎo ér
瘪三 biē sān
瘴乡恶土 zhàng xiāng è tǔ
瘾头 yǐn tóu
癖好 pǐ hào
癞蛤蟆 lài há ma
癞蛤蟆想吃天鹅肉 lài há ma xiǎng chī tiān é ròu
登台 dēng tái
登台拜将 dēng tái bài jiàng
登坛拜将 dēng tán bài jiàng
登木求鱼 dēng mù qiú yú
登顶 dēng dǐng
白云亲舍 bái yún qīn shè
白令海 bái lìng hǎi
白兰地 bái lán dì
白兰花 bái lán huā
白区 bái qū
白卷 bái juàn
白发 bái fà
白发丹心 bái fà dān xīn
白发苍苍 bái fà cāng cāng
白地 bái dì
白天见鬼 bái tiān jiàn guǐ
白头 bái tóu
白头不终 bái tóu bù zhōng
白头偕老 bái tóu xié lǎo
白头到老 bái tóu dào lǎo
白头相守 bái tóu xiāng shǒu
白干儿 bái gān ér
白手成家 bái shǒu chéng jiā
白手起家 bái shǒu qǐ jiā
白日见鬼 bái rì jiàn guǐ
白术 bái zhú
白毛女 bái máo nǚ
白汤 bái tāng
白玉兰 bái yù lán
白玩儿 bái wán er
白癜风 bái diàn fēng
白白朱朱 bái bái zhū zhū
白相 bái xiàng
白种 bái zhǒng
白种人 bái zhǒng rén
白茬儿 bái chá er
白蒙蒙 bái méng méng
白藋同心 bái diào tóng xīn
白蛇 bái shé
白血 bái xuè
白血病 bái xuè bìng
白衣卿相 bái yī qīng xiàng
白衣宰相 bái yī zǎi xiàng
白雪难和 bái xuě nán hé
白露 bái lù
白面儒冠 bái miàn rú guān
白食 bái shí
白首北面 bái shǒu běi miàn
白首同归 bái shǒu tóng guī
白首相知 bái shǒu xiāng zhī
白首空归 bái shǒu kōng guī
白骨 bái gǔ
白骨再肉 bái gǔ zài ròu
白骨露野 bái gǔ lù yě
白黑不分 bái hēi bù fēn
白黑分明 bái hēi fēn míng
白黑颠倒 bái hēi diān dǎo
百万 bǎi wàn
百万雄兵 bǎi wàn xióng bīng
百丈竿头 bǎi zhàng gān tóu
百下百着 bǎi xià bǎi zháo
百不失一 bǎi bù shī yī
百不当一 bǎi bù dāng yī
百不获一 bǎi bù huò yī
百中百发 bǎi zhòng bǎi fā
百了千当 bǎi liǎo qiān dāng
百事可乐 bǎi shì kě lè
百事大吉 bǎi shì dà jí
百会 bǎi huì
百依百从 bǎi yī bǎi cóng
百兽率舞 bǎi shòu shuài wǔ
百分 bǎi fēn
百分之百 bǎi fēn zhī bǎi
百分数 bǎi fēn shù
百分比 bǎi fēn bǐ
百分率 bǎi fēn lǜ
百发百中 bǎi fā bǎi zhòng
百口同声 bǎi kǒu tóng shēng
百口难分 bǎi kǒu nán fēn
百叶 bǎi yè
百合 bǎi hé
百合花 bǎi hé huā
百善孝为先 bǎi shàn xiào wéi xiān
百堕俱举 bǎi huī jù jǔ
百夫长 bǎi fū zhǎng
百家姓 bǎi jiā xìng
百尺无枝 bǎi chǐ wú zhī
百尺竿头 bǎi chǐ gān tóu
百尺竿头更进一步 bǎi chǐ gān tóu gèng jìn yī bù
百岁之好 bǎi suì zhī hǎo
百川朝海 bǎi chuān cháo hǎi
百年之好 bǎi nián zhī hǎo
百年大计 bǎi nián dà jì
百年好合 bǎi nián hǎo hé
百废俱兴 bǎi fèi jù xīng
百废具兴 bǎi fèi jù xīng
百废待兴 bǎi fèi dài xīng
百度 bǎi dù
百思不得其解 bǎi sī bù dé qí jiě
百思不解 bǎi sī bù jiě
百思莫解 bǎi sī mò jiě
百怪千奇 bǎi guài qiān qí
百折不回 bǎi zhé bù huí
百折不屈 bǎi zhé bù qū
百折不移 bǎi zhé bù yí
百折千回 bǎi zhé qiān huí
百无一能 bǎi wú yī néng
百日咳 bǎi rì ké
百星不如一月 bǎi xīng bù rú yī yuè
百紫千红 bǎi zǐ qiān hóng
百纵千随 bǎi zòng qiān suí
百舍重茧 bǎi shè chóng jiǎn
百舍重趼 bǎi shè chóng jiǎn
百花齐放 bǎi huā qí fàng
百虑攒心 bǎi lǜ zǎn xīn
百读不厌 bǎi dú bù yàn
百载树人 bǎi zǎi shù rén
百里挑一 bǎi lǐ tiāo yī
百闻不如一见 bǎi wén bù rú yī jiàn
百鸟朝凤 bǎi niǎo cháo fèng
皂白不分 zào bái bù fēn
皂角 zào jiǎo
的一确二 dí yī què èr
的哥 dī gē
的士 dī shì
的当 dí dàng
的确 dí què
的确良 dí què liáng
皇上 huáng shàng
皇亲 huáng qīn
皇冠 huáng guān
皇天不负苦心人 huáng tiān bù fù kǔ xīn rén
皇家 huáng jiā
皇朝 huáng cháo
皇皇不可终日 huáng huáng bù kě zhōng rì
皋兰 gāo lán
皎阳似火 jiǎo yáng shì huǒ
皖南事变 wǎn nán shì biàn
皮下注射 pí xià zhù shè
皮包骨 pí bāo gǔ
皮包骨头 pí bāo gú tou
皮垫 pí diàn
皮大衣 pí dà yī
皮夹 pí jiā
皮夹克 pí jiā kè
皮尺 pí chǐ
皮相 pí xiàng
皮相之见 pí xiàng zhī jiàn
皮重 pí zhòng
皱眉头 zhòu méi tou
皱缩 zhòu suō
皴裂 cūn liè
盆地 pén dì
盆汤 pén tāng
盈千累万 yíng qiān lěi wàn
益发 yì fā
盎盂相击 àng yú xiāng jī
盎盂相敲 àng yú xiāng qiāo
盐分 yán fèn
盐巴 yán bā
盐梅相成 yán méi xiāng chéng
盐碱地 yán jiǎn dì
盐类 yán lèi
监事 jiān shì
监事会 jiān shì huì
监利 jiàn lì
监听 jiān tīng
监守 jiān shǒu
监工 jiān gōng
监护 jiān hù
监护人 jiān hù rén
监控 jiān kòng
监控器 jiān kòng qì
监测 jiān cè
监测器 jiān cè qì
监牢 jiān láo
监犯 jiān fàn
监生 jiàn shēng
监督 jiān dū
监管 jiān guǎn
监规 jiān guī
监视 jiān shì
盒装 hé zhuāng
盖世 gài shì
盖世之才 gài shì zhī cái
盖世无双 gài shì wú shuāng
盖世英雄 gài shì yīng xióng
盖头 gài tou
盖头换面 gài tóu huàn miàn
盖帽儿 gài mào ér
盖棺事定 gài guān shì dìng
盖棺论定 gài guān lùn dìng
盗亦有道 dào yì yǒu dào
盗食致饱 dào shí zhì bǎo
盘古开天地 pán gǔ kāi tiān dì
盘活 pán huó
盘游无度 pán yóu wú dù
盘石 pán shí
盛器 chéng qì
盛极一时 shèng jí yī shí
盛气凌人 shèng qì líng rén
盛水不漏 chéng shuǐ bù lòu
盛菜 chéng cài
盛衰荣辱 shèng shuāi róng rǔ
盛食厉兵 shèng shí lì bīng
盛饭 chéng fàn
目下十行 mù xià shí háng
目不别视 mù bù bié shì
目不忍见 mù bù rěn jiàn
目不忍视 mù bù rěn shì
目不斜视 mù bù xié shì
目不暇给 mù bù xiá jǐ
目不苟视 mù bù gǒu shì
目不邪视 mù bù xié shì
目中无人 mù zhōng wú rén
目光短浅 mù guāng duǎn qiǎn
目别汇分 mù bié huì fēn
目挑心招 mù tiǎo xīn zhāo
目挑眉语 mù tiāo méi yǔ
目无三尺 mù wú sān chǐ
目无尊长 mù wú zūn zhǎng
目无法纪 mù wú fǎ jì
目无王法 mù wú wáng fǎ
目标 mù biāo
目的 mù dì
目的地 mù dì dì
目的性 mù dì xìng
目的论 mù dì lùn
目眦尽裂 mù zì jìn liè
目眩头昏 mù xuàn tóu hūn
目睫之论 mù jié zhī lùn
目瞪口结 mù dèng kǒu jié
目瞪舌强 mù dèng shé qiáng
目知眼见 mù zhī yǎn jiàn
目空一切 mù kōng yī qiè
目若悬珠 mù ruò xuán zhū
目见 mù jiàn
目论 mù lùn
目语 mù yǔ
目食耳视 mù shí ěr shì
盲从 máng cóng
盲女 máng nǚ
盲道 máng dào
盲风妒雨 máng fēng dù yǔ
盲风怪云 máng fēng guài yún
盲风怪雨 máng fēng guài yǔ
盲风晦雨 máng fēng huì yǔ
盲风暴雨 máng fēng bào yǔ
盲风涩雨 máng fēng sè yǔ
直上直下 zhí shàng zhí xià
直上青云 zhí shàng qīng yún
直内方外 zhí nèi fāng wài
直冲 zhí chōng
直击 zhí jī
直勾勾 zhí gōu gōu
直射 zhí shè
直尺 zhí chǐ
直属 zhí shǔ
直情径行 zhí qíng jìng xíng
直截了当 zhí jié liǎo dàng
直扑无华 zhí pū wú huá
直抒己见 zhí shū jǐ jiàn
直拍 zhí pāi
直捷了当 zhí jié liǎo dàng
直接了当 zhí jiē liǎo dàng
直撞横冲 zhí zhuàng héng chōng
直权无华 zhí quán wú huá
直率 zhí shuài
直系 zhí xì
直系亲属 zhí xì qīn shǔ
直落 zhí luò
直行 zhí xíng
直角 zhí jiǎo
直角三角形 zhí jiǎo sān jiǎo xíng
直角尺 zhí jiǎo chǐ
直言正色 zhí yán zhèng sè
直言正论 zhí yán zhèng lùn
直言贾祸 zhí yán gǔ huò
直说 zhí shuō
直贡呢 zhí gòng ne
直道而行 zhí dào ér xíng
相与 xiāng yǔ
相与为一 xiāng yǔ wéi yī
相中 xiāng zhòng
相乘 xiāng chéng
相习成风 xiāng xí chéng fēng
相争 xiāng zhēng
相交 xiāng jiāo
相亲 xiāng qīn
相亲相爱 xiāng qīn xiāng ài
相仿 xiāng fǎng
相会 xiāng huì
相传 xiāng chuán
相似 xiāng sì
相依 xiāng yī
相依为命 xiāng yī wéi mìng
相信 xiāng xìn
相像 xiāng xiàng
相克 xiāng kè
相公 xiàng gōng
相关 xiāng guān
相劝 xiāng quàn
相助 xiāng zhù
相去 xiāng qù
相去几何 xiāng qù jǐ hé
相去悬殊 xiāng qù xuán shū
相去无几 xiāng qù wú jǐ
相反 xiāng fǎn
相反数 xiāng fǎn shù
相反相成 xiāng fǎn xiāng chéng
相合 xiāng hé
相同 xiāng tóng
相命 xiāng mìng
相商 xiāng shāng
相因相生 xiāng yīn xiāng shēng
相国 xiàng guó
相图 xiàng tú
相声 xiàng shēng
相处 xiāng chǔ
相好 xiāng hǎo
相安 xiāng ān
相安相受 xiāng ān xiāng shòu
相对 xiāng duì
相对无言 xiāng duì wú yán
相对论 xiāng duì lùn
相左 xiāng zuǒ
相差 xiāng chà
相差不大 xiāng chā bú dà
相差无几 xiāng chā wú jǐ
相帅成风 xiāng shuài chéng fēng
相干 xiāng gān
相应 xiāng yìng
相当 xiāng dāng
相形 xiāng xíng
相形之下 xiāng xíng zhī xià
相形失色 xiāng xíng shī sè
相形见拙 xiāng xíng jiàn zhuō
相得 xiāng de
相得益彰 xiāng dé yì zhāng
相忍为国 xiāng rěn wèi guó
相思 xiāng sī
相思树 xiāng sī shù
相思病 xiāng sī bìng
相思豆 xiāng sī dòu
相思鸟 xiāng sī niǎo
相惊伯有 xiāng jīng bó yǒu
相成 xiāng chéng
相投 xiāng tóu
相持 xiāng chí
相持不下 xiāng chí bù xià
相提并论 xiāng tí bìng lùn
相救 xiāng jiù
相时而动 xiàng shí ér dòng
相机 xiàng jī
相机而动 xiàng jī ér dòng
相比 xiāng bǐ
相煎何急 xiāng jiān hé jí
相煎太急 xiāng jiān tài jí
相爱 xiāng ài
相片 xiàng piān
相片儿 xiàng piān er
相率 xiāng shuài
相生 xiāng shēng
相生相克 xiāng shēng xiāng kè
相生相成 xiāng shēng xiāng chéng
相看 xiāng kàn
相知 xiāng zhī
相知有素 xiāng zhī yǒu sù
相称 xiāng chèn
相类 xiāng lèi
相纸 xiàng zhǐ
相结合 xiāng jié hé
相见 xiāng jiàn
相视 xiāng shì
相角 xiàng jiǎo
相识 xiāng shí
相貌 xiàng mào
相辅相成 xiāng fǔ xiāng chéng
相辅而行 xiāng fǔ ér xíng
相近 xiāng jìn
相送 xiāng sòng
相通 xiāng tōng
相逢 xiāng féng
相逢狭路 xiāng féng xiá lù
相遗以水 xiāng wèi yǐ shuǐ
相配 xiāng pèi
相门有相 xiàng mén yǒu xiàng
相间 xiāng jiàn
相随 xiāng suí
相隔 xiāng gé
相面 xiàng miàn
相顾 xiāng gù
相顾失色 xiāng gù shī sè
相马 xiàng mǎ
盹儿 dǔn er
盼头 pàn tou
省亲 xǐng qīn
省会 shěng huì
省便 shěng biàn
省内 shěng nèi
省区 shěng qū
省吃俭用 shěng chī jiǎn yòng
省墓 xǐng mù
省察 xǐng chá
省得 shěng de
省心 shěng xīn
省悟 xǐng wù
省报 shěng bào
省烦从简 shěng fán cóng jiǎn
省视 xǐng shì
省道 shěng dào
省长 shěng zhǎng
眉头 méi tóu
眉头不伸 méi tóu bù shēn
眉毛胡子一把抓 méi máo hú zi yī bǎ zhuā
眉目传情 méi mù chuán qíng
眉睫之内 méi jié zhī nèi
看上 kàn shàng
看不上 kàn bù shàng
看不清 kàn bù qīng
看不见 kàn bú jiàn
看不过 kàn bù guò
看中 kàn zhòng
看人下菜 kàn rén xià cài
看人下菜碟儿 kàn rén xià cài dié ér
看出 kàn chū
看医生 kàn yī shēng
看头 kàn tou
看头儿 kàn tou er
看好 kàn hǎo
看守 kān shǒu
看官 kàn guān
看家 kān jiā
看开 kàn kāi
看得上 kàn dé shàng
看得懂 kàn de dǒng
看得清 kàn de qīng
看成 kàn chéng
看扁 kàn biǎn
看景生情 kàn jǐng shēng qíng
看来 kàn lái
看死 kàn sǐ
看法 kàn fǎ
看清 kàn qīng
看点 kàn diǎn
看病 kàn bìng
看相 kàn xiàng
看破 kàn pò
看穿 kàn chuān
看笑话 kàn xiào huà
看管 kān guǎn
看茶 kàn chá
看见 kàn jiàn
看起来 kàn qǐ lái
看轻 kàn qīng
看重 kàn zhòng
看门 kān mén
看青 kān qīng
看顾 kàn gù
真人不露相 zhēn rén bù lòu xiàng
真传 zhēn chuán
真倔 zhēn juè
真分数 zhēn fēn shù
真切 zhēn qiè
真名实姓 zhēn míng shí xìng
真心话 zhēn xīn huà
真数 zhēn shù
真枪实弹 zhēn qiāng shí dàn
真格的 zhēn gé de
真正 zhēn zhèng
真率 zhēn shuài
真相 zhēn xiàng
真相大白 zhēn xiàng dà bái
真相毕露 zhēn xiàng bì lù
真知 zhēn zhī
真知卓见 zhēn zhī zhuó jiàn
真知灼见 zhēn zhī zhuó jiàn
真空 zhēn kōng
真空管 zhēn kōng guǎn
真金不怕火 zhēn jīn bù pà huǒ
眠云卧石 mián yún wò shí
眠花藉柳 mián huā jiè liǔ
眦裂发指 zì liè fà zhǐ
眨眼间 zhǎ yǎn jiān
眩碧成朱 xuàn bì chéng zhū
眼中拔钉 yǎn zhōng bá dīng
眼中有铁 yǎn zhōng yǒu tiě
眼中钉 yǎn zhōng dīng
眼内无珠 yǎn nèi wú zhū
眼空四海 yǎn kōng sì hǎi
眼花撩乱 yǎn huā liáo luàn
眼花雀乱 yǎn huā què luàn
眼见 yǎn jiàn
眼见得 yǎn jiàn de
眼观六路 yǎn guān liù lù
眼馋肚饱 yǎn chán dù bǎo
着三不着两 zháo sān bù zháo liǎng
着书立说 zhuó shū lì shuō
着人先鞭 zhuó rén xiān biān
着人办理 zhuó rén bàn lǐ
着凉 zháo liáng
着力 zhuó lì
着力于 zhuó lì yú
着墨 zhuó mò
着忙 zháo máng
着急 zháo jí
着想 zhuó xiǎng
着意 zhuó yì
着慌 zháo huāng
着手 zhuó shǒu
着手成春 zhuó shǒu chéng chūn
着数 zhāo shù
着水 zhe shuǐ
着法 zhāo fǎ
着火 zháo huǒ
着眼 zhuó yǎn
着眼于 zhuó yǎn yú
着眼点 zhuó yǎn diǎn
着笔 zhuó bǐ
着色 zhuó sè
着落 zhuó luò
着装 zhuó zhuāng
着边 zhuó biān
着迷 zháo mí
着重 zhuó zhòng
着重号 zhuó zhòng hào
着重点 zhuó zhòng diǎn
着陆 zhuó lù
着风 zháo fēng
着魔 zháo mó
睟面盎背 suì miàn àng bèi
睡懒觉 shuì lǎn jiào
睡相 shuì xiàng
睡着 shuì zháo
睡觉 shuì jiào
督率 dū shuài
督脉 dū mài
睥睨 pì nì
睥睨一切 pì nì yī qiè
睹始知终 dǔ shǐ zhī zhōng
睹景伤情 dǔ jǐng shāng qíng
睹物兴情 dǔ wù xīng qíng
睹物思人 dǔ wù sī rén
睹着知微 dǔ zhe zhī wēi
睹著知微 dǔ zhù zhī wēi
瞅见 chǒu jiàn
瞋目切齿 chēn mù qiè chǐ
瞎炮 xiā pào
瞎琢磨 xiā zuó mó
瞎蒙 xiā mēng
瞎说 xiā shuō
瞎说八道 xiā shuō bā dào
瞒上不瞒下 mán shàng bù mán xià
瞒上欺下 mán shàng qī xià
瞒天昧地 mán tiān mèi dì
瞒天瞒地 mán tiān mán dì
瞒天过海 mán tiān guò hǎi
瞒神弄鬼 mán shén nòng guǐ
瞠乎其后 chēng hū qí hòu
瞥见 piē jiàn
瞧见 qiáo jiàn
瞪眼咋舌 dèng yǎn zé shé
瞬息万变 shùn xī wàn biàn
瞬息之间 shùn xī zhī jiān
瞬间 shùn jiān
瞭望 liào wàng
瞭望哨 liào wàng shào
瞰瑕伺隙 kàn xiá sì xì
瞻仰 zhān yǎng
瞿然 jù rán
矛头 máo tóu
矛盾论 máo dùn lùn
矜功不立 jīn gōng bù lì
矜功伐善 jīn gōng fá shàn
矜功伐能 jīn gōng fá néng
矜名妒能 jīn míng dù néng
矜名嫉能 jīn míng jí néng
矜平躁释 jīn píng zào shì
矜智负能 jīn zhì fù néng
矜能负才 jīn néng fù cái
矜贫恤独 jīn pín xù dú
矢不虚发 shǐ bù xū fā
矢在弦上 shǐ zài xián shàng
矢志不移 shǐ zhì bù yí
矢忠不二 shǐ zhōng bù èr
矢石 shǐ shí
矢量 shǐ liàng
知一万毕 zhī yī wàn bì
知书达礼 zhī shū dá lǐ
知了 zhī liǎo
知交 zhī jiāo
知人 zhī rén
知人之明 zhī rén zhī míng
知人知面不知心 zhī rén zhī miàn bù zhī xīn
知会 zhī huì
知其一不知其二 zhī qí yī bù zhī qí èr
知冷知热 zhī lěng zhī rè
知名 zhī míng
知命 zhī mìng
知命乐天 zhī mìng lè tiān
知地知天 zhī dì zhī tiān
知子莫若父 zhī zǐ mò ruò fù
知小谋大 zhī xiǎo móu dà
知尽能索 zhī jìn néng suǒ
知己 zhī jǐ
知往鉴今 zhī wǎng jiàn jīn
知微知彰 zhī wēi zhī zhāng
知心 zhī xīn
知心人 zhī xīn rén
知心话 zhī xīn huà
知恩报德 zhī ēn bào dé
知悉 zhī xī
知情 zhī qíng
知情不报 zhī qíng bù bào
知情人 zhī qíng rén
知无不言 zhī wú bù yán
知来藏往 zhī lái cáng wǎng
知法犯法 zhī fǎ fàn fǎ
知疼着热 zhī téng zháo rè
知疼着痒 zhī téng zháo yǎng
知能 zhī néng
知荣守辱 zhī róng shǒu rǔ
知行合一 zhī xíng hé yī
知识 zhī shí
知识就是力量 zhī shí jiù shì lì liàng
知识面 zhī shí miàn
知足 zhī zú
知足不辱 zhī zú bù rǔ
知足常乐 zhī zú cháng lè
知过必改 zhī guò bì gǎi
知过能改 zhī guò néng gǎi
知道 zhī dào
知难而进 zhī nán ér jìn
知难而退 zhī nán ér tuì
知青 zhī qīng
知青点 zhī qīng diǎn
知音 zhī yīn
矩尺 jǔ chǐ
矩形 jǔ xíng
矩步方行 jǔ bù fāng xíng
矫尾厉角 jiǎo wěi lì jiǎo
矫情饰行 jiǎo qíng shì xíng
矫情饰诈 jiǎo qíng shì zhà
矫情饰貌 jiǎo qíng shì mào
矫枉过中 jiǎo wǎng guò zhōng
矫枉过当 jiǎo wǎng guò dāng
矫枉过正 jiǎo wǎng guò zhèng
矫枉过直 jiǎo wǎng guò zhí
矫矫不群 jiǎo jiǎo bù qún
矫若惊龙 jiǎo ruò jīng lóng
矫若游龙 jiǎo ruò yóu lóng
矫言伪行 jiǎo yán wěi xíng
矫邪归正 jiǎo xié guī zhèng
短不了 duǎn bù liǎo
短中取长 duǎn zhōng qǔ cháng
短传 duǎn chuán
短发 duǎn fà
短句 duǎn jù
短叹长吁 duǎn tàn cháng xū
短吃少穿 duǎn chī shǎo chuān
短打 duǎn dǎ
短期 duǎn qī
短歌行 duǎn gē xíng
短浅 duǎn qiǎn
短片 duǎn piàn
短篇小说 duǎn piān xiǎo shuō
短褐穿结 duǎn hè chuān jié
短见 duǎn jiàn
短见薄识 duǎn jiàn bó shí
短语 duǎn yǔ
短跑 duǎn pǎo
短长 duǎn cháng
短骨 duǎn gǔ
石像 shí xiàng
石关 shí guān
石决明 shí jué míng
石刀 shí dāo
石刻 shí kè
石器 shí qì
石堰 shí yàn
石头 shí tou
石头子儿 shí tou zi er
石女 shí nǚ
石子 shí zǐ
石子儿 shí zǐ er
石室 shí shì
石室金匮 shí shì jīn guì
石室金鐀 shí shì jīn guì
石尤风 shí yóu fēng
石屏 shí píng
石山 shí shān
石工 shí gōng
石方 shí fāng
石材 shí cái
石栏 shí lán
石棉 shí mián
石棉瓦 shí mián wǎ
石榴 shí liú
石榴花 shí liú huā
石沈大海 shí shěn dà hǎi
石沉大海 shí chén dà hǎi
石火光阴 shí huǒ guāng yīn
石火电光 shí huǒ diàn guāng
石灰 shí huī
石灰水 shí huī shuǐ
石灰石 shí huī shí
石碑 shí bēi
石笼 shí lóng
石经 shí jīng
石缄金匮 shí jiān jīn kuì
石羊 shí yáng
石膏 shí gāo
石英 shí yīng
石英表 shí yīng biǎo
石蕊 shí ruǐ
石蕊试纸 shí ruǐ shì zhǐ
石钟乳 shí zhōng rǔ
石锁 shí suǒ
石门 shí mén
石雕 shí diāo
石青 shí qīng
石首 shí shǒu
石鼓 shí gǔ
石鼓文 shí gǔ wén
矸石 gān shí
矾石 fán shí
矿区 kuàng qū
矿石 kuàng shí
矿脉 kuàng mài
矿藏 kuàng cáng
矿车 kuàng chē
矿长 kuàng zhǎng
码头 mǎ tóu
砂石 shā shí
砌红堆绿 qì hóng duī lǜ
研京练都 yán jīng liàn dōu
研修生 yán xiū shēng
研机综微 yán jī zōng wēi
研桑心计 yán sāng xīn jì
研求 yán qiú
研究 yán jiū
研究生 yán jiū shēng
研精究微 yán jīng jiū wēi
研精钩深 yán jīng gōu shēn
研精阐微 yán jīng chǎn wēi
研经铸史 yán jīng zhù shǐ
研讨 yán tǎo
砖头 zhuān tóu
砚石 yàn shí
砥柱中流 dǐ zhù zhōng liú
砥石 dǐ shí
砥砺琢磨 dǐ lì zhuó mó
砥节励行 dǐ jié lì xíng
砥节厉行 dǐ jié lì xíng
砥节奉公 dǐ jié fèng gōng
砥节砺行 dǐ jié lì xíng
砥行磨名 dǐ xíng mó míng
砥行立名 dǐ xíng lì míng
砥身砺行 dǐ shēn lì xíng
砭石 biān shí
砭骨 biān gǔ
破伤风 pò shāng fēng
破体字 pò tǐ zì
破军杀将 pò jūn shā jiāng
破国亡家 pò guó wáng jiā
破奸发伏 pò jiān fā fú
破家 pò jiā
破家为国 pò jiā wèi guó
破家亡国 pò jiā wáng guó
破崖绝角 pò yá jué jiǎo
破桐之叶 pò tóng zhī yè
破浪乘风 pò làng chéng fēng
破烂儿 pò làn er
破片 pò piàn
破甑不顾 pò zèng bù gù
破相 pò xiàng
破落 pò luò
破裂 pò liè
破觚为圜 pò gū wéi yuán
破解 pò jiě
破镜重合 pò jìng chóng hé
破镜重圆 pò jìng chóng yuán
破除迷信 pò chú mí xìn
砺石 lì shí
砾石 lì shí
础泣而雨 chǔ qì ér yǔ
础润而雨 chǔ rùn ér yǔ
础石 chǔ shí
硕大无比 shuò dà wú bǐ
硕望宿德 shuò wàng xiǔ dé
硝云弹雨 xiāo yún dàn yǔ
硝石 xiāo shí
硬充 yìng chōng
硬着陆 yìng zhuó lù
硬笔书法 yìng bǐ shū fǎ
硬语盘空 yìng yǔ pán kōng
硬面 yìng miàn
硬顶 yìng dǐng
确乎不拔 què hū bù bá
确信 què xìn
确凿不移 què záo bù yí
确切 què qiè
确切不移 què qiè bù yí
确固不拔 què gù bù bá
确当 què dàng
确然不群 què rán bù qún
确系 què xì
确非 què fēi
碇泊 dìng bó
碉堡 diāo bǎo
碌碌 lù lù
碌碌寡合 lù lù guǎ hé
碌碌无奇 lù lù wú qí
碌碌无能 lù lù wú néng
碌碡 liù zhóu
碍口识羞 ài kǒu shí xiū
碍难 ài nán
碍难从命 ài nán cóng mìng
碎末儿 suì mò er
碎片 suì piàn
碎石 suì shí
碎裂 suì liè
碎身粉骨 suì shēn fěn gǔ
碎身糜躯 suì shēn mí qū
碎首糜躯 suì shǒu mí qū
碎骨粉尸 suì gǔ fěn shī
碎骨粉身 suì gǔ fěn shēn
碑拓 bēi tà
碑石 bēi shí
碑身 bēi shēn
碔砆混玉 wǔ fū hùn yù
碣石 jié shí
碧空 bì kōng
碧绿 bì lǜ
碧血 bì xuè
碧血丹心 bì xuè dān xīn
碰头 pèng tóu
碰头会 pèng tóu huì
碰碰车 pèng pèng chē
碰见 pèng jiàn
碱地 jiǎn dì
碱金属 jiǎn jīn shǔ
碱面儿 jiǎn miàn er
碴儿 chá ér
碴口 chá kǒu
碾压 niǎn yā
磁头 cí tóu
磁暴 cí bào
磁石 cí shí
磅礴 páng bó
磊磊落落 lěi lěi luò luò
磊落 lěi luò
磊落光明 lěi luò guāng míng
磐石 pán shí
磐石之固 pán shí zhī gù
磕头 kē tóu
磕头如捣 kē tóu rú dǎo
磕头礼拜 kē tóu lǐ bài
磕打 kē dǎ
磨不开 mó bù kāi
磨光 mó guāng
磨刀不误砍柴工 mó dāo bù wù kǎn chái gōng
磨叨 mò dāo
磨合 mó hé
磨嘴 mó zuǐ
磨折 mó zhé
磨拳擦掌 mó quán cā zhǎng
磨棱刓角 mó léng wán jiǎo
磨洋工 mó yáng gōng
磨灭 mó miè
磨牙 mó yá
磨牙凿齿 mó yá záo chǐ
磨牙吮血 mó yá shǔn xuè
磨石 mó shí
磨砻镌切 mó lóng juān qiē
磨踵灭顶 mó zhǒng miè dǐng
磨面 mò miàn
磬石之固 qìng shí zhī gù
礁石 jiāo shí
礞石 méng shí
示爱 shì ài
礼为情貌 lǐ wéi qíng mào
礼乐 lǐ yuè
礼佛 lǐ fó
礼单 lǐ dān
礼坏乐崩 lǐ huài yuè bēng
礼崩乐坏 lǐ bēng yuè huài
礼数 lǐ shù
礼炮 lǐ pào
礼让为国 lǐ ràng wéi guó
社交圈 shè jiāo quān
社会 shè huì
社会主义 shè huì zhǔ yì
社会主义革命 shè huì zhǔ yì gé mìng
社会关系 shè huì guān xì
社会制度 shè huì zhì dù
社会存在 shè huì cún zài
社会总需求 shè huì zǒng xū qiú
社会意识 shè huì yì shí
社会活动 shè huì huó dòng
社会福利 shè huì fú lì
社区 shè qū
社燕秋鸿 shè yàn qiū hóng
社论 shè lùn
社长 shè zhǎng
祈使句 qí shǐ jù
祈雨 qí yǔ
祖上 zǔ shàng
祖传 zǔ chuán
祖宗家法 zǔ zōng jiā fǎ
祖宗法度 zǔ zōng fǎ dù
祖母绿 zǔ mǔ lǜ
祖父 zǔ fù
祖率 zǔ lǜ
祛疑 qū yí
祛病 qū bìng
祛风 qū fēng
祝发文身 zhù fā wén shēn
祝发空门 zhù fā kōng mén
祝咽祝哽 zhù yān zhù gěng
祝酒歌 zhù jiǔ gē
神不守舍 shén bù shǒu shě
神不收舍 shén bù shōu shě
神丧胆落 shén sàng dǎn luò
神乎其神 shén hū qí shén
神仙中人 shén xiān zhōng rén
神仙会 shén xiān huì
神会 shén huì
神似 shén sì
神佛 shén fó
神使鬼差 shén shǐ guǐ chà
神兵天将 shén bīng tiān jiàng
神出鬼没 shén chū guǐ mò
神号鬼泣 shén hào guǐ qì
神头鬼面 shén tóu guǐ miàn
神奇 shén qí
神女 shén nǚ
神妙莫测 shén miào mò cè
神差鬼使 shén chāi guǐ shǐ
神志不清 shén zhì bù qīng
神情不属 shén qíng bù shǔ
神术妙计 shén shù miào jì
神机莫测 shén jī mò cè
神枢鬼藏 shén shū guǐ cáng
神武挂冠 shén wǔ guà guàn
神清骨秀 shén qīng gǔ xiù
神湛骨寒 shén zhàn gǔ hán
神父 shén fù
神秘 shén mì
神秘主义 shén mì zhǔ yì
神经系统 shén jīng xì tǒng
神色不动 shén sè bù dòng
神藏鬼伏 shén cáng guǐ fú
神通广大 shén tōng guǎng dà
神采 shén cǎi
神采焕发 shén cǎi huàn fā
神采英拔 shén cǎi yīng bá
神采飞扬 shén cǎi fēi yáng
神领意得 shén lǐng yì dé
神鬼不测 shén guǐ bù cè
神鬼莫测 shén guǐ mò cè
神鬼难测 shén guǐ nán cè
神魂不定 shén hún bú dìng
神魂颠倒 shén hún diān dǎo
神龙失埶 shén lóng shī shì
神龙见首 shén lóng jiàn shǒu
祥和 xiáng hé
祥风时雨 xiáng fēng shí yǔ
票款 piào kuǎn
祭品 jì pǐn
祸不单行 huò bù dān xíng
祸为福先 huò wéi fú xiān
祸从口出 huò cóng kǒu chū
祸从口生 huò cóng kǒu shēng
祸从天降 huò cóng tiān jiàng
祸福同门 huò fú tóng mén
祸福有命 huò fú yǒu mìng
祸福相依 huò fú xiāng yī
祸福相生 huò fú xiāng shēng
祸稔恶积 huò rěn è jī
禀性难移 bǐng xìng nán yí
禁中颇牧 jìn zhōng pō mù
禁军 jìn jūn
禁区 jìn qū
禁卫 jìn wèi
禁卫军 jìn wèi jūn
禁受 jīn shòu
禁地 jìn dì
禁攻寝兵 jìn gōng qǐn bīng
禁放 jìn fàng
禁暴正乱 jìn bào zhèng luàn
禁暴诛乱 jìn bào zhū luàn
禁止 jìn zhǐ
禁止令行 jìn zhǐ lìng xíng
禁毁 jìn huǐ
禁渔 jìn yú
禁火 jìn huǒ
禁牧 jìn mù
禁用 jìn yòng
禁绝 jìn jué
禁舍开塞 jìn shě kāi sāi
禁赌 jìn dǔ
禁赛 jìn sài
禁酒 jìn jiǔ
禁闭 jìn bì
禁阻 jìn zǔ
禁食 jìn shí
禅世雕龙 chán shì diāo lóng
禅定 chán dìng
禅心 chán xīn
禅絮沾泥 chán xù zhān ní
禅让 shàn ràng
禅门 chán mén
福为祸先 fú wéi huò xiān
福分 fú fēn
福地 fú dì
福地洞天 fú dì dòng tiān
福寿齐天 fú shòu qí tiān
福将 fú jiàng
福建省 fú jiàn shěng
福相 fú xiàng
福衢寿车 fú qú shòu chē
福过灾生 fú guò zāi shēng
离不开 lí bù kāi
离世遁上 lí shì dùn shàng
离乡别井 lí xiāng bié jǐng
离乡别土 lí xiāng bié tǔ
离乡背井 lí xiāng bèi jǐng
离乡背土 lí xiāng bèi tǔ
离别 lí bié
离合 lí hé
离合器 lí hé qì
离奇 lí qí
离家 lí jiā
离本徼末 lí běn yāo mò
离本趣末 lí běn qū mò
离解 lí jiě
离间 lí jiàn
离题万里 lí tí wàn lǐ
离魂倩女 lí hún qiàn nǚ
离鸾别凤 lí luán bié fèng
离鸾别鹄 lí luán bié hú
离鸾别鹤 lí luán bié hè
禽困覆车 qín kùn fù chē
秀丽 xiù lì
秀出班行 xiù chū bān háng
秀发 xiù fà
秀外慧中 xiù wài huì zhōng
秀色可餐 xiù sè kě cān
私了 sī liǎo
私仇 sī chóu
私会 sī huì
私分 sī fēn
私家 sī jiā
私底下 sī dǐ xià
私斗 sī dòu
私活儿 sī huó er
私相授受 sī xiāng shòu shòu
私藏 sī cáng
私见 sī jiàn
私车 sī chē
秃发 tū fà
秃头 tū tóu
秃尾巴 tū wěi bā
秃瓢儿 tū piáo er
秆儿 gǎn er
秉公任直 bǐng gōng rèn zhí
秉公执法 bǐng gōng zhí fǎ
秉正 bǐng zhèng
秉正无私 bǐng zhèng wú sī
秉烛待旦 bǐng zhú dài dàn
秉节持重 bǐng jié chí zhòng
秉要执本 bǐng yào zhí běn
秋分 qiū fēn
秋叶 qiū yè
秋实春华 qiū shí chūn huā
秋收冬藏 qiū shōu dōng cáng
秋月春风 qiū yuè chūn fēng
秋毫不犯 qiū háo bù fàn
秋色平分 qiū sè píng fēn
秋装 qiū zhuāng
秋风 qiū fēng
秋风扫叶 qiū fēng sǎo yè
秋风扫落叶 qiū fēng sǎo luò yè
秋风落叶 qiū fēng luò yè
秋风过耳 qiū fēng guò ěr
秋高气和 qiū gāo qì hé
种下 zhòng xià
种别 zhǒng bié
种地 zhòng dì
种姓 zhǒng xìng
种属 zhǒng shǔ
种差 zhǒng chà
种族 zhǒng zú
种族歧视 zhǒng zú qí shì
种树 zhòng shù
种牛 zhǒng niú
种瓜得瓜 zhòng guā dé guā
种畜 zhǒng chù
种类 zhǒng lèi
种系 zhǒng xì
种羊 zhǒng yáng
种群 zhǒng qún
种花 zhòng huā
种草 zhòng cǎo
种豆得豆 zhòng dòu dé dòu
种马 zhǒng mǎ
科协 kē xié
科委 kē wěi
科学家 kē xué jiā
科学社会主义 kē xué shè huì zhǔ yì
科教 kē jiào
科教片 kē jiào piàn
科长 kē zhǎng
秕言谬说 bǐ yán miù shuō
秘传 mì chuán
秘史 mì shǐ
秘宝 mì bǎo
秘方 mì fāng
秘本 mì běn
秘籍 mì jí
秘而不言 mì ér bù yán
秘而不露 mì ér bù lù
秘藏 mì cáng
秘鲁 bì lǔ
租借地 zū jiè dì
租地 zū dì
租庸调 zū yōng diào
秤锤落井 chèng chuí luò jǐng
秦失其鹿 qín shī qí lù
秦晋之好 qín jìn zhī hǎo
积不相能 jī bù xiāng néng
积习难改 jī xí nán gǎi
积分 jī fēn
积压 jī yā
积小成大 jī xiǎo chéng dà
积少成多 jī shǎo chéng duō
积岁累月 jī suì lěi yuè
积年累岁 jī nián lěi suì
积年累月 jī nián lěi yuè
积德累功 jī dé lěi gōng
积德累善 jī dé lěi shàn
积攒 jī zǎn
积数 jī shù
积日累久 jī rì lěi jiǔ
积日累岁 jī rì lěi suì
积日累月 jī rì lěi yuè
积时累日 jī shí lěi rì
积毁销骨 jī huǐ xiāo gǔ
积沙成塔 jī shā chéng tǎ
积素累旧 jī sù lěi jiù
积累 jī lěi
积草屯粮 jī cǎo tún liáng
积谗磨骨 jī chán mó gǔ
积谗糜骨 jī chán méi gǔ
积重不反 jī zhòng bù fǎn
积重不返 jī zhòng bù fǎn
积重难反 jī zhòng nán fǎn
积重难返 jī zhòng nán fǎn
积金累玉 jī jīn lèi yù
积铢累寸 jī zhū lěi cùn
积雨 jī yǔ
积雨云 jī yǔ yún
积露为波 jī lù wéi bō
积食 jī shí
称体裁衣 chèn tǐ cái yī
称体载衣 chèn tǐ zài yī
称便 chēng biàn
称兵 chēng bīng
称功颂德 chēng gōng sòng dé
称呼 chēng hū
称奇 chēng qí
称奇道绝 chēng qí dào jué
称孤道寡 chēng gū dào guǎ
称家有无 chèn jiā yǒu wú
称帝 chēng dì
称引 chēng yǐn
称得上 chēng de shàng
称德度功 chēng dé duó gōng
称心 chèn xīn
称心如意 chèn xīn rú yì
称心快意 chèn xīn kuài yì
称心满意 chèn xīn mǎn yì
称愿 chèn yuàn
称手 chèn shǒu
称扬 chēng yáng
称病 chēng bìng
称绝 chēng jué
称职 chèn zhí
称臣 chēng chén
称臣纳贡 chēng chén nà gòng
称说 chēng shuō
称贤荐能 chēng xián jiàn néng
称身 chèn shēn
称道 chēng dào
称重 chēng zhòng
称量 chēng liáng
称雄 chēng xióng
移入 yí rù
移山倒海 yí shān dǎo hǎi
移山填海 yí shān tián hǎi
移日卜夜 yí rì bǔ yè
移星换斗 yí xīng huàn dǒu
移有足无 yí yǒu zú wú
移根换叶 yí gēn huàn yè
移根接叶 yí gēn jiē yè
移的就箭 yí dì jiù jiàn
移解 yí jiè
秽德垢行 huì dé gòu xíng
秽言污语 huì yán wū yǔ
稀奇 xī qí
稀拉 xī lā
稀有 xī yǒu
稀有元素 xī yǒu yuán sù
稀有金属 xī yǒu jīn shǔ
稀泥 xī ní
稀稀拉拉 xī xī lā lā
稀稀落落 xī xī luò luò
稀落 xī luò
稀薄 xī bó
程度 chéng dù
稍加 shāo jiā
稍后 shāo hòu
稍微 shāo wēi
税务官 shuì wù guān
税单 shuì dān
税卡 shuì qiǎ
税率 shuì lǜ
稔知 rěn zhī
稗子面 bài zi miàn
稗官小说 bài guān xiǎo shuō
稚齿婑媠 zhì chǐ wǒ tuǒ
稠人广众 chóu rén guǎng zhòng
稠人广坐 chóu rén guǎng zuò
稠度 chóu dù
稳便 wěn biàn
稳当 wěn dāng
稳扎稳打 wěn zhā wěn dǎ
稳稳当当 wěn wěn dāng dāng
稳重 wěn zhòng
稻瘟病 dào wēn bìng
稽古振今 jī gǔ zhèn jīn
稽古揆今 jī gǔ kuí jīn
稽延 jī yán
稽查 jī chá
稽核 jī hé
稽首 qǐ shǒu
稿源 gǎo yuán
穆如清风 mù rú qīng fēng
穰穰满家 ráng ráng mǎn jiā
穴头 xué tóu
究诘 jiū jié
穷不失义 qióng bù shī yì
穷凶极恶 qióng xiōng jí è
穷则思变 qióng zé sī biàn
穷原竟委 qióng yuán jìng wěi
穷困潦倒 qióng kùn liáo dǎo
穷大失居 qióng dà shī jū
穷天极地 qióng tiān jí dì
穷家富路 qióng jiā fù lù
穷寇勿追 qióng kòu wù zhuī
穷尽 qióng jìn
穷山恶水 qióng shān è shuǐ
穷年累月 qióng nián lěi yuè
穷形尽相 qióng xíng jìn xiàng
穷愁潦倒 qióng chóu liáo dǎo
穷期 qióng qī
穷极思变 qióng jí sī biàn
穷极要妙 qióng jí yào miào
穷源竟委 qióng yuán jìng wěi
穷讲究 qióng jiǎng jiū
穷途潦倒 qióng tú liáo dǎo
穷骨头 qióng gú tou
空中 kōng zhōng
空余 kòng yú
空儿 kòng ér
空军 kōng jūn
空出 kòng chū
空前 kōng qián
空前绝后 kōng qián jué hòu
空勤 kōng qín
空包弹 kōng bāo dàn
空口 kōng kǒu
空口无凭 kōng kǒu wú píng
空口说白话 kōng kǒu shuō bái huà
空名 kōng míng
空地 kòng dì
空城 kōng chéng
空城计 kōng chéng jì
空头 kōng tóu
空室清野 kōng shì qīng yě
空对空 kōng duì kōng
空当 kōng dāng
空心 kōng xīn
空手 kōng shǒu
空手道 kōng shǒu dào
空投 kōng tóu
空文 kōng wén
空无 kōng wú
空无一人 kōng wú yì rén
空明 kōng míng
空有 kōng yǒu
空气 kōng qì
空气浴 kōng qì yù
空海 kōng hǎi
空炮 kōng pào
空疏 kōng shū
空白 kòng bái
空白点 kòng bái diǎn
空穴 kōng xué
空穴来风 kōng xué lái fēng
空空 kōng kōng
空空导弹 kōng kōng dǎo dàn
空腹 kōng fù
空腹便便 kōng fù pián pián
空腹高心 kōng fù gāo xīn
空落 kōng luò
空落落 kōng luò luò
空虚 kōng xū
空袭 kōng xí
空袭惊报 kōng xí jīng bào
空言 kōng yán
空论 kōng lùn
空话 kōng huà
空话连篇 kōng huà lián piān
空调 kōng tiáo
空调病 kōng tiáo bìng
空谷 kōng gǔ
空谷传声 kōng gǔ chuán shēng
空谷幽兰 kōng gǔ yōu lán
空谷足音 kōng gǔ zú yīn
空费词说 kōng fèi cí shuō
空身 kōng shēn
空转 kōng zhuàn
空门 kōng mén
空闲 kòng xián
空间 kōng jiān
空降 kōng jiàng
穿云裂石 chuān yún liè shí
穿井得人 chuān jǐng dé rén
穿凿附会 chuān záo fù huì
穿堂门 chuān táng mén
穿堂风 chuān táng fēng
穿甲弹 chuān jiǎ dàn
穿着 chuān zhe
穿着打扮 chuān zhuó dǎ bàn
穿红着绿 chuān hóng zhuó lǜ
穿行 chuān xíng
突入 tū rù
突击手 tū jī shǒu
突发 tū fā
突地 tū dì
突如其来 tū rú qí lái
突审 tū shěn
窃窃私语 qiè qiè sī yǔ
窈窕 yǎo tiǎo
窈窕淑女 yǎo tiǎo shū nǚ
窑顶 yáo dǐng
窒碍难行 zhì ài nán xíng
窖藏 jiào cáng
窗口行业 chuāng kǒu háng yè
窗间过马 chuāng jiān guò mǎ
窘相 jiǒng xiàng
窘迫 jiǒng pò
窝头 wō tóu
窝家 wō jiā
窝窝头 wō wō tóu
窝藏 wō cáng
窝边草 wō biān cǎo
窝里反 wō li fǎn
窥伺 kuī sì
窥度 kuī duó
窥见 kuī jiàn
窥间伺隙 kuī jiàn sì xì
立于 lì yú
立于不败之地 lì yú bù bài zhī dì
立传 lì zhuàn
立体 lì tǐ
立体几何 lì tǐ jǐ hé
立体声 lì tǐ shēng
立地 lì dì
立地成佛 lì dì chéng fó
立射 lì shè
立木南门 lì mù nán mén
立正 lì zhèng
立碑 lì bēi
立等可取 lì děng kě qǔ
立论 lì lùn
立谈之间 lì tán zhī jiān
立足之地 lì zú zhī dì
立锥之地 lì zhuī zhī dì
立马万言 lì mǎ wàn yán
站相 zhàn xiàng
站起来 zhàn qǐ lái
站长 zhàn zhǎng
竞投 jìng tóu
竞标 jìng biāo
竞短争长 jìng duǎn zhēng cháng
竟是 jìng shì
童便 tóng biàn
童女 tóng nǚ
童牛角马 tóng niú jiǎo mǎ
童男童女 tóng nán tóng nǚ
童蒙 tóng méng
童车 tóng chē
童音 tóng yīn
童颜鹤发 tóng yán hè fà
竭尽 jié jìn
竭泽而渔 jié zé ér yú
端丽 duān lì
端本正源 duān běn zhèng yuán
端本澄源 duān běn chéng yuán
端正 duān zhèng
端相 duān xiāng
端重 duān zhòng
端量 duān liáng
竹制品 zhú zhì pǐn
竹叶 zhú yè
竹叶青 zhú yè qīng
竹排 zhú pái
竹枝 zhú zhī
竹柏异心 zhú bǎi yì xīn
竹笼 zhú lóng
竹签儿 zhú qiān er
竹篮打水 zhú lán dá shuǐ
竹篮打水一场空 zhú lán dǎ shuǐ yī cháng kōng
竿头一步 gān tóu yī bù
竿头日上 gān tóu rì shàng
竿头日进 gān tóu rì jìn
竿头直上 gān tóu zhí shàng
笃信 dǔ xìn
笃学不倦 dǔ xué bù juàn
笃学好古 dǔ xué hào gǔ
笃行 dǔ xíng
笃论高言 dǔ lùn gāo yán
笆斗 bā dǒu
笋干 sǔn gān
笋干儿 sǔn gān er
笑不可仰 xiào bù kě yǎng
笑傲风月 xiào ào fēng yuè
笑呵呵 xiào hē hē
笑哈哈 xiào hā hā
笑容满面 xiào róng mǎn miàn
笑语 xiào yǔ
笑里藏刀 xiào lǐ cáng dāo
笔会 bǐ huì
笔供 bǐ gòng
笔冢研穿 bǐ zhǒng yán chuān
笔削 bǐ xuē
笔头儿 bǐ tou er
笔头生花 bǐ tóu shēng huā
笔底下 bǐ dǐ xià
笔底春风 bǐ dǐ chūn fēng
笔底生花 bǐ dǐ shēng huā
笔底超生 bǐ dǐ chāo shēng
笔底龙蛇 bǐ dǐ lóng shé
笔扫千军 bǐ sǎo qiān jūn
笔杆 bǐ gǎn
笔杆儿 bǐ gǎn ér
笔管条直 bǐ guǎn tiáo zhí
笔调 bǐ diào
笔走龙蛇 bǐ zǒu lóng shé
笙磬同音 shēng qìng tóng yīn
符号论 fú hào lùn
符合 fú hé
笨重 bèn zhòng
第一信号系统 dì yī xìn hào xì tǒng
第一名 dì yì míng
第二信号系统 dì èr xìn hào xì tǒng
笼中之鸟 lóng zhōng zhī niǎo
笼络 lǒng luò
笼络人心 lǒng luò rén xīn
笼统 lǒng tǒng
笼鸟槛猿 lóng niǎo jiàn yuán
笼鸟池鱼 lóng niǎo chí yú
等一下 děng yí xià
等价 děng jià
等价交换 děng jià jiāo huàn
等分 děng fēn
等同 děng tóng
等差 děng chà
等差数列 děng chā shù liè
等差级数 děng chà jí shù
等比数列 děng bǐ shù liè
等比级数 děng bǐ jí shù
等腰三角形 děng yāo sān jiǎo xíng
等距离 děng jù lí
等边三角形 děng biān sān jiǎo xíng
等量 děng liàng
筋斗 jīn dǒu
筋疲力尽 jīn pí lì jìn
筋络 jīn luò
筋脉 jīn mài
筋骨 jīn gǔ
筑坛拜将 zhù tán bài jiàng
筑巢引凤 zhù cháo yǐn fèng
筑舍道傍 zhù shè dào bàng
筒瓦 tǒng wǎ
答卷 dá juàn
答复 dá fù
答对 dá duì
答应 dā yìng
答拜 dá bài
答数 dá shù
答疑 dá yí
答礼 dá lǐ
答茬儿 dá chá ér
答言 dá yán
答话 dá huà
答语 dá yǔ
答辩 dá biàn
答辩会 dá biàn huì
答问 dá wèn
答非所问 dá fēi suǒ wèn
策名委质 cè míng wěi zhì
策应 cè yìng
策源地 cè yuán dì
策论 cè lùn
筛分 shāi fēn
筛锣擂鼓 shāi luó léi gǔ
签单 qiān dān
签发 qiān fā
简体字 jiǎn tǐ zì
简便 jiǎn biàn
简分数 jiǎn fēn shù
简切了当 jiǎn qiè liǎo dàng
简化 jiǎn huà
简化字 jiǎn huà zì
简化汉字 jiǎn huà hàn zì
简单 jiǎn dān
简单劳动 jiǎn dān láo dòng
简图 jiǎn tú
简截了当 jiǎn jié liǎo dàng
简捷了当 jiǎn jié liǎo dàng
简朴 jiǎn piáo
简省 jiǎn shěng
简称 jiǎn chēng
简约 jiǎn yuē
简约详核 jiǎn yuē xiáng hé
简缩 jiǎn suō
简要 jiǎn yào
简要清通 jiǎn yào qīng tōng
简评 jiǎn píng
简贤任能 jiǎn xián rèn néng
箍儿 gū er
箕山之风 jī shān zhī fēng
箕斗 jī dǒu
箕风毕雨 jī fēng bì yǔ
算了 suàn le
算尺 suàn chǐ
算得 suàn dé
算数 suàn shù
管中窥天 guǎn zhōng kuī tiān
管乐 guǎn yuè
管乐器 guǎn yuè qì
管乐队 guǎn yuè duì
管区 guǎn qū
管家 guǎn jiā
管弦乐 guǎn xián yuè
管片 guǎn piàn
管窥蠡测 guǎn kuī lí cè
管见 guǎn jiàn
管风琴 guǎn fēng qín
管鲍分金 guǎn bào fēn jīn
箪瓢屡空 dān piáo lǚ kōng
箪豆见色 dān dòu jiàn sè
箪食壶浆 dān sì hú jiāng
箪食壶酒 dān sì hú jiǔ
箪食瓢饮 dān sì piáo yǐn
箭不虚发 jiàn bù xū fā
箭在弦上 jiàn zài xián shàng
箭头 jiàn tóu
箱包 xiāng bāo
箱笼 xiāng lǒng
箸长碗短 zhù cháng wǎn duǎn
篆刻家 zhuàn kè jiā
篇什 piān shí
篙头 gāo tou
篱栅 lí zhà
篱牢犬不入 lí láo quǎn bù rù
篱落 lí luò
篷车 péng chē
篾片 miè piàn
簟纹如水 diàn wén rú shuǐ
簸动 bǒ dòng
簸土扬沙 bǒ tǔ yáng shā
簸弄 bǒ nòng
簿籍 bù jí
籍没 jí mò
籍茅 jiè máo
米尺 mǐ chǐ
米汤 mǐ tāng
类似 lèi sì
类别 lèi bié
类同 lèi tóng
类毒素 lèi dú sù
类聚群分 lèi jù qún fēn
粉妆玉琢 fěn zhuāng yù zhuó
粉沙 fěn shā
粉白黛绿 fěn bái dài lǜ
粉红 fěn hóng
粉装玉琢 fěn zhuāng yù zhuó
粉身灰骨 fěn shēn huī gǔ
粉身碎骨 fěn shēn suì gǔ
粉雕玉琢 fěn diāo yù zhuó
粉面油头 fěn miàn yóu tóu
粉骨捐躯 fěn gǔ juān qū
粉骨碎身 fěn gǔ suì shēn
粉骨糜身 fěn gǔ mí shēn
粉骨糜躯 fěn gǔ mí qū
粗中有细 cū zhōng yǒu xì
粗加工 cū jiā gōng
粗厚 cū hòu
粗暴 cū bào
粗服乱头 cū fú luàn tóu
粗枝大叶 cū zhī dà yè
粗活儿 cū huó er
粗浅 cū qiǎn
粗花呢 cū huā ní
粗衣恶食 cū yī è shí
粗衣粝食 cū yī lì shí
粗袍粝食 cū páo lì shí
粗风暴雨 cū fēng bào yǔ
粘信封 zhān xìn fēng
粘合剂 nián hé jì
粘土 nián tǔ
粘液 nián yè
粘牙 zhān yá
粘皮带骨 zhān pí dài gǔ
粘稠 nián chóu
粘结 nián jié
粜风卖雨 tiào fēng mài yǔ
粝食粗衣 lì shí cū yī
粥少僧多 zhōu shǎo sēng duō
粥粥无能 zhōu zhōu wú néng
粪便 fèn biàn
粪土不如 fèn tú bù rú
粪车 fèn chē
粮区 liáng qū
粮囤 liáng dùn
粮多草广 liáng duō cǎo guǎng
粮尽援绝 liáng jìn yuán jué
粮行 liáng háng
粮食 liáng shí
粲花之论 càn huā zhī lùn
精兵强将 jīng bīng qiáng jiàng
精加工 jīng jiā gōng
精华 jīng huá
精卫填海 jīng wèi tián hǎi
精密度 jīng mì dù
精干 jīng gàn
精度 jīng dù
精当 jīng dàng
精明强干 jīng míng qiáng gàn
精明能干 jīng míng néng gàn
精疲力尽 jīng pí lì jìn
精确度 jīng què dù
精神头儿 jīng shén tóu er
精神焕发 jīng shén huàn fā
精编 jīng biān
精血 jīng xuè
精装本 jīng zhuāng běn
精诚团结 jīng chéng tuán jié
精辟 jīng pì
精采 jīng cǎi
精采秀发 jīng cǎi xiù fā
糅合 róu hé
糊口 hú kǒu
糊口度日 hú kǒu dù rì
糊弄 hù nòng
糊糊 hū hū
糕干 gāo gān
糖人儿 táng rén er
糖包 táng bāo
糖块儿 táng kuài er
糖尿 táng niào
糖尿病 táng niào bìng
糖弹 táng dàn
糖萝卜 táng luó bo
糖衣炮弹 táng yī pào dàn
糖食 táng shí
糜子 méi zǐ
糜躯碎首 mí qū suì shǒu
系列 xì liè
系好 jì hǎo
系带 jì dài
系念 xì niàn
系数 xì shù
系泊 jì bó
系紧 jì jǐn
系统 xì tǒng
系绳 jì shéng
系绳子 jì shéng zǐ
系铃人 xì líng rén
系鞋带 jì xié dài
素不相能 sù bù xiāng néng
素不相识 sù bù xiāng shí
素丝羔羊 sù sī gāo yáng
素数 sù shù
素朴 sù piáo
素称 sù chēng
素车白马 sù chē bái mǎ
素食 sù shí
索解 suǒ jiě
索还 suǒ huán
紧打慢敲 jǐn dǎ màn qiāo
紧着 jǐn zhe
紧缩 jǐn suō
紧要 jǐn yào
紧要关头 jǐn yào guān tóu
紧跟不舍 jǐn gēn bú shè
紧迫 jǐn pò
紧追不舍 jǐn zhuī bù shě
紫石英 zǐ shí yīng
紫红 zǐ hóng
累了 lèi le
累人 lèi rén
累加 lěi jiā
累土聚沙 lěi tǔ jù shā
累土至山 lěi tǔ zhì shān
累垮了 lèi kuǎ le
累屋重架 lěi wū chóng jià
累建奇功 lěi jiàn qí gōng
累手 lèi shǒu
累教不改 lěi jiào bù gǎi
累死累活 lèi sǐ lèi huó
累活 lèi huó
累活儿 lèi huó er
累牍连篇 lěi dú lián piān
累瓦结绳 lěi wǎ jié shéng
累着 lèi zhe
累积 lěi jī
累累 lěi lěi
累累如珠 lěi lěi rú zhū
累计 lěi jì
累进税 lèi jìn shuì
絮叨 xù dāo
絮絮叨叨 xù xù dāo dāo
絮语 xù yǔ
繁丽 fán lì
繁乱 fán luàn
繁体 fán tǐ
繁体字 fán tǐ zì
繁冗 fán rǒng
繁华 fán huá
繁华损枝 fán huá sǔn zhī
繁博 fán bó
繁复 fán fù
繁多 fán duō
繁弦急管 fán xián jí guǎn
繁征博引 fán zhēng bó yǐn
繁文 fán wén
繁文缛礼 fán wén rù lǐ
繁星 fán xīng
繁杂 fán zá
繁盛 fán shèng
繁简 fán jiǎn
繁芜 fán wú
繁花 fán huā
繁花似锦 fán huā sì jǐn
繁荣 fán róng
繁荣富强 fán róng fù qiáng
繁荣昌盛 fán róng chāng shèng
繁重 fán zhòng
纠合 jiū hé
纠合之众 jiū hé zhī zhòng
纠正 jiū zhèng
纠结 jiū jié
纠缠不清 jiū chán bù qīng
纠风 jiū fēng
纡朱怀金 yū zhū huái jīn
红专 hóng zhuān
红云 hóng yún
红人 hóng rén
红光满面 hóng guāng mǎn miàn
红军 hóng jūn
红利 hóng lì
红包 hóng bāo
红区 hóng qū
红十字会 hóng shí zì huì
红卫兵 hóng wèi bīng
红参 hóng shēn
红口白牙 hóng kǒu bái yá
红叶 hóng yè
红叶题诗 hóng yè tí shī
红土 hóng tǔ
红头 hóng tóu
红女 hóng nǚ
红宝石 hóng bǎo shí
红小豆 hóng xiǎo dòu
红小鬼 hóng xiǎo guǐ
红布 hóng bù
红心 hóng xīn
红新月会 hóng xīn yuè huì
红旗 hóng qí
红旗手 hóng qí shǒu
红日 hóng rì
红星 hóng xīng
红木 hóng mù
红杉 hóng shān
红柳 hóng liǔ
红树 hóng shù
红模子 hóng mú zǐ
红殷殷 hóng yīn yīn
红水河 hóng shuǐ hé
红河 hóng hé
红海 hóng hǎi
红澄澄 hóng chéng chéng
红火 hóng huǒ
红灯 hóng dēng
红灯区 hóng dēng qū
红烧 hóng shāo
红烧肉 hóng shāo ròu
红狐 hóng hú
红玉 hóng yù
红生 hóng shēng
红男绿女 hóng nán lǜ nǚ
红眼 hóng yǎn
红眼病 hóng yǎn bìng
红粉 hóng fěn
红紫乱朱 hóng zǐ luàn zhū
红红 hóng hóng
红红绿绿 hóng hóng lǜ lǜ
红绳系足 hóng shéng jì zú
红色 hóng sè
红花 hóng huā
红苕 hóng sháo
红茶 hóng chá
红药水 hóng yào shuǐ
红莲 hóng lián
红薯 hóng shǔ
红藤 hóng téng
红蛋 hóng dàn
红衣 hóng yī
红装 hóng zhuāng
红豆 hóng dòu
红通通 hóng tōng tōng
红铜 hóng tóng
红霉素 hóng méi sù
红颜薄命 hóng yán bó mìng
红鱼 hóng yú
纤介之失 xiān jiè zhī shī
纤夫 qiàn fū
纤小 xiān xiǎo
纤度 xiān dù
纤微 xiān wēi
纤悉 xiān xī
纤悉无遗 xiān xī wú yí
纤手 qiàn shǒu
纤毛 xiān máo
纤瘦 xiān shòu
纤秀 xiān xiù
纤纤 xiān xiān
纤细 xiān xì
纤绳 qiàn shéng
纤维 xiān wéi
纤维素 xiān wéi sù
纤长 xiān cháng
约会 yuē huì
约分 yuē fēn
约同 yuē tóng
约定 yuē dìng
约定俗成 yuē dìng sú chéng
约摸 yuē mō
约数 yuē shù
约旦 yuē dàn
约期 yuē qī
约束 yuē shù
约法 yuē fǎ
约见 yuē jiàn
约言 yuē yán
约计 yuē jì
约请 yuē qǐng
级别 jí bié
级差 jí chà
级数 jí shù
纪传体 jì zhuàn tǐ
纪委 jì wěi
纪念 jì niàn
纪念卡 jì niàn kǎ
纪念品 jì niàn pǐn
纪念塔 jì niàn tǎ
纪念封 jì niàn fēng
纪念日 jì niàn rì
纪念碑 jì niàn bēi
纪纲 jì gāng
纪纲人论 jì gāng rén lún
纪群之交 jì qún zhī jiāo
纪行 jì xíng
纬度 wěi dù
纯一不杂 chún yī bù zá
纯度 chún dù
纯收入 chún shōu rù
纯朴 chún piáo
纯正 chún zhèng
纯毛 chún máo
纯水 chún shuǐ
纰缪 pī miù
纱笼 shā lóng
纲目不疏 gāng mù bù shū
纲纪 gāng jì
纳新吐故 nà xīn tǔ gù
纳采 nà cǎi
纳闷 nà mèn
纳闷儿 nà mèn ér
纳降 nà xiáng
纵剖面 zòng pōu miàn
纵坐标 zòng zuò biāo
纵声 zòng shēng
纵情 zòng qíng
纵断面 zòng duàn miàn
纵曲枉直 zòng qǔ wǎng zhí
纵横 zòng héng
纵横天下 zòng héng tiān xià
纵横家 zòng héng jiā
纵横开合 zòng héng kāi hé
纵波 zòng bō
纵深 zòng shēn
纵火 zòng huǒ
纵目 zòng mù
纵虎归山 zòng hǔ guī shān
纵论 zòng lùn
纵身 zòng shēn
纵酒 zòng jiǔ
纵马 zòng mǎ
纶巾 guān jīn
纶巾羽扇 guān jīn yǔ shàn
纶音佛语 lún yīn fó yǔ
纷繁 fēn fán
纷红骇绿 fēn hóng hài lǜ
纷纭杂沓 fēn yún zá tà
纷纷不一 fēn fēn bù yī
纷至沓来 fēn zhì tà lái
纸上谈兵 zhǐ shàng tán bīng
纸包不住火 zhǐ bāo bú zhù huǒ
纸短情长 zhǐ duǎn qíng cháng
纸面 zhǐ miàn
纹丝不动 wén sī bù dòng
纹路 wén lù
纹身 wén shēn
纹银 wén yín
纺织 fǎng zhī
纺织品 fǎng zhī pǐn
纺车 fǎng chē
纽结 niǔ jié
线呢 xiàn ne
线圈 xiàn quān
线头 xiàn tóu
线衣 xiàn yī
线装本 xiàn zhuāng běn
线路图 xiàn lù tú
练漂 liàn piāo
组分 zǔ fèn
组办 zǔ bàn
组合 zǔ hé
组委会 zǔ wěi huì
组织 zǔ zhī
组织上 zǔ zhī shàng
组织关系 zǔ zhī guān xì
组织得当 zǔ zhī dé dàng
组织法 zǔ zhī fǎ
组织生活 zǔ zhī shēng huó
组长 zǔ zhǎng
组雕 zǔ diāo
细别 xì bié
细发 xì fà
细嚼慢咽 xì jiáo màn yàn
细挑 xì tiāo
细水长流 xì shuǐ cháng liú
细活儿 xì huó er
细腰蜂 xì yāo fēng
细菌 xì jūn
细菌炸弹 xì jùn zhà dàn
细语 xì yǔ
细说 xì shuō
细长 xì cháng
细问 xì wèn
细雨 xì yǔ
细高挑儿 xì gāo tiǎo ér
织品 zhī pǐn
织女 zhī nǚ
织女星 zhī nǚ xīng
织布 zhī bù
织成 zhī chéng
织楚成门 zhī chǔ chéng mén
织花 zhī huā
织补 zhī bǔ
织金 zhī jīn
织锦 zhī jǐn
终了 zhōng liǎo
终始若一 zhōng shǐ ruò yī
终将 zhōng jiāng
终结 zhōng jié
绊倒 bàn dǎo
绊儿 bàn er
绊脚石 bàn jiǎo shí
绍兴 shào xīng
绍兴酒 shào xīng jiǔ
经传 jīng zhuàn
经卷 jīng juàn
经天纬地 jīng tiān wěi dì
经年累月 jīng nián lěi yuè
经度 jīng dù
经明行修 jīng míng xíng xiū
经期 jīng qī
经济 jīng jì
经济之才 jīng jì zhī cái
经济合同 jīng jì hé tóng
经济开发区 jīng jì kāi fā qū
经济法 jīng jì fǎ
经济特区 jīng jì tè qū
经纪 jīng jì
经纪人 jīng jì rén
经纬度 jīng wěi dù
经纶 jīng lún
经络 jīng luò
经脉 jīng mài
经血 jīng xuè
经过 jīng guò
经邦论道 jīng bāng lùn dào
经销点 jīng xiāo diǎn
绑扎 bǎng zhā
结义 jié yì
结交 jié jiāo
结亲 jié qīn
结仇 jié chóu
结余 jié yú
结党营私 jié dǎng yíng sī
结冰 jié bīng
结发 jié fà
结合 jié hé
结喉 jié hóu
结巴 jiē ba
结成 jié chéng
结扎 jié zā
结拜 jié bài
结束 jié shù
结束语 jié shù yǔ
结核 jié hé
结核病 jié hé bìng
结清 jié qīng
结点 jié diǎn
结盟 jié méng
结石 jié shí
结结巴巴 jiē jiē bā bā
结舌 jié shé
结舌杜口 jié shé dù kǒu
结草衔环 jié cǎo xián huán
结论 jié lùn
结识 jié shí
结语 jié yǔ
绕行 rào xíng
绕远儿 rào yuǎn ér
给与 jǐ yǔ
给予 jǐ yǔ
给付 jǐ fù
给以 gěi yǐ
给体 jǐ tǐ
给养 jǐ yǎng
给定 gěi dìng
给水 jǐ shuǐ
给水器 jǐ shuǐ qì
给水工程 jǐ shuǐ gōng chéng
给水站 jǐ shuǐ zhàn
给水管 jǐ shuǐ guǎn
给水箱 jǐ shuǐ xiāng
绚丽 xuàn lì
绛红 jiàng hóng
络子 lào zi
络绎 luò yì
络绎不绝 luò yì bù jué
络脉 luò mài
绝倒 jué dǎo
绝口不道 jué kǒu bù dào
绝地 jué dì
绝处逢生 jué chù féng shēng
绝无仅有 jué wú jǐn yǒu
绝着 jué zhāo
绝长继短 jué cháng jì duǎn
绝长续短 jué cháng xù duǎn
绝长补短 jué cháng bǔ duǎn
绝食 jué shí
绞车 jiǎo chē
统包 tǒng bāo
统属 tǒng shǔ
统招 tǒng zhāo
统率 tǒng shuài
统称 tǒng chēng
统编 tǒng biān
绢画 juàn huà
绣品 xiù pǐn
绣花枕头 xiù huā zhěn tóu
继晷焚膏 jì guǐ fén gāo
继父 jì fù
绨袍之义 tì páo zhī yì
续会 xù huì
续建 xù jiàn
绰绰 chuò chuò
绰绰有余 chuò chuò yǒu yú
绳其祖武 shéng qí zǔ wǔ
绳子 shéng zi
绳愆纠缪 shéng qiān jiū miù
绵力薄材 mián lì bó cái
绵延不断 mián yán bù duàn
绵绵不断 mián mián bù duàn
绵绵不绝 mián mián bù jué
绵言细语 mián yán xì yǔ
绵里薄材 mián lǐ bó cái
绷场面 bēng chǎng miàn
绸缪 chóu móu
综合 zōng hé
绿叶成阴 lǜ yè chéng yīn
绿女红男 lǜ nǚ hóng nán
绿惨红愁 lǜ cǎn hóng chóu
绿暗红稀 lǜ àn hóng xī
绿林 lù lín
绿林大盗 lǜ lín dà dào
绿林好汉 lù lín hǎo hàn
绿林强盗 lù lín qiáng dào
绿林豪士 lù lín háo shì
绿林豪客 lù lín háo kè
绿林豪杰 lù lín háo jié
绿水青山 lǜ shuǐ qīng shān
绿肥红瘦 lǜ féi hóng shòu
绿色通道 lǜ sè tōng dào
绿衣黄里 lǜ yī huáng lǐ
绿豆蝇 lǜ dòu yíng
绿野 lǜ yě
缄口不言 jiān kǒu bù yán
缆车 lǎn chē
缉查 jī chá
缉私 jī sī
缉获 jī huò
缊褐瓢箪 yùn hè piáo dān
缓不济急 huǎn bù jì jí
缓冲 huǎn chōng
缓和 huǎn hé
缓建 huǎn jiàn
缓急轻重 huǎn jí qīng zhòng
缓期 huǎn qī
缓步代车 huǎn bù dài chē
缓破 huǎn pò
缓行 huǎn xíng
缓解 huǎn jiě
缔合 dì hé
缔约 dì yuē
缔约国 dì yuē guó
缔结 dì jié
编内 biān nèi
编发 biān fā
编后 biān hòu
编委 biān wěi
编排 biān pái
编校 biān jiào
编织 biān zhī
编织品 biān zhī pǐn
编结 biān jié
缝儿 fèng er
缝合 féng hé
缝工 fèng gōng
缝衣 féng yī
缝补 féng bǔ
缠夹不清 chán jiā bù qīng
缠结 chán jié
缠绵蕴藉 chán mián yùn jiè
缩写 suō xiě
缩写本 suō xiě běn
缩回 suō huí
缩图 suō tú
缩地补天 suō dì bǔ tiān
缩头 suō tóu
缩小 suō xiǎo
缩尺 suō chǐ
缩微 suō wēi
缩手 suō shǒu
缩水 suō shuǐ
缩水率 suō shuǐ lǜ
缩略 suō lüè
缩略语 suō lüè yǔ
缩短 suō duǎn
缩砂 sù shā
缩砂密 sù shā mì
缩简 suō jiǎn
缩编 suō biān
缩缩 suō suō
缩衣啬食 suō yī sè shí
缩衣节口 suō yī jié kǒu
缩衣节食 suō yī jié shí
缩进 suō jìn
缪种流传 miù zhǒng liú chuán
缴款 jiǎo kuǎn
缴税 jiǎo shuì
缴纳 jiǎo nà
缴获 jiǎo huò
缸瓦 gāng wǎ
缺一不可 quē yī bù kě
缺吃少穿 quē chī shǎo chuān
缺斤少两 quē jīn shǎo liǎng
缺衣少食 quē yī shǎo shí
缺食无衣 quē shí wú yī
罄尽 qìng jìn
罐头 guàn tou
网络 wǎng luò
网络电话 wǎng luò diàn huà
网绳 wǎng shéng
罕有 hǎn yǒu
罕见 hǎn jiàn
罕言寡语 hǎn yán guǎ yǔ
罗刹 luó chà
罗勒 luó lè
罗圈 luó quān
罗拉 luó lā
罗掘一空 luó jué yī kōng
罗织 luó zhī
罗织罪名 luó zhī zuì míng
罗非鱼 luó fēi yú
罚不责众 fá bù zé zhòng
罚没 fá mò
罚没款 fá mò kuǎn
罡风 gāng fēng
罢赛 bà sài
罢黜百家 bà chù bǎi jiā
罪业深重 zuì yè shēn zhòng
罪孽深重 zuì niè shēn zhòng
罪应万死 zuì yīng wàn sǐ
罪当万死 zuì dāng wàn sǐ
罪恶 zuì è
罪恶昭彰 zuì è zhāo zhāng
罪恶滔天 zuì è tāo tiān
罪有应得 zuì yǒu yīng dé
罪有攸归 zuì yǒu yōu guī
罪行 zuì xíng
罪行累累 zuì xíng lěi lèi
罪该万死 zuì gāi wàn sǐ
罪过 zuì guò
罪逆深重 zuì nì shēn zhòng
置之不顾 zhì zhī bù gù
置之度外 zhì zhī dù wài
置之死地 zhì zhī sǐ dì
置之死地而后生 zhì zhī sǐ dì ér hòu shēng
置于死地 zhì yú sǐ dì
置信 zhì xìn
置疑 zhì yí
置锥之地 zhì zhuī zhī dì
羊入虎群 yáng rù hǔ qún
羊圈 yáng juàn
羊头 yáng tóu
羊工 yáng gōng
羊毛 yáng máo
羊毛出在羊身上 yáng máo chū zài yáng shēn shàng
羊毛衣 yáng máo yī
羊水 yáng shuǐ
羊狠狼贪 yáng hěn láng tān
羊痫风 yáng xián fēng
羊癫风 yáng diān fēng
羊皮纸 yáng pí zhǐ
羊续悬鱼 yáng xù xuán yú
羊羔 yáng gāo
羊羔美酒 yáng gāo měi jiǔ
羊羹 yáng gēng
羊肠 yáng cháng
羊肠小道 yáng cháng xiǎo dào
羊肠鸟道 yáng cháng niǎo dào
羊落虎口 yáng luò hǔ kǒu
羊角 yáng jiǎo
羊角风 yáng jiǎo fēng
羊齿 yáng chǐ
美丽 měi lì
美地 měi dì
美女 měi nǚ
美女簪花 měi nǚ zān huā
美好 měi hǎo
美如冠玉 měi rú guān yù
美差 měi chāi
美术 měi shù
美术字 měi shù zì
美术家 měi shù jiā
美术片 měi shù piàn
美称 měi chēng
美言不信 měi yán bù xìn
美语 měi yǔ
美食 měi shí
美食家 měi shí jiā
羔羊 gāo yáng
羚羊挂角 líng yáng guà jiǎo
羚羊角 líng yáng jiǎo
羞于 xiū yú
羞恶 xiū wù
羞面见人 xiū miàn jiàn rén
群众关系 qún zhòng guān xì
群口相声 qún kǒu xiàng shēng
群星 qún xīng
群氓 qún méng
群空冀北 qún kōng jì běi
群而不党 qún ér bù dǎng
群英会 qún yīng huì
群蚁附膻 qún yǐ fù shān
群雌粥粥 qún cí yù yù
群雕 qún diāo
群鸿戏海 qún hóng xì hǎi
羯羊 jié yáng
羲皇上人 xī huáng shàng rén
羹匙 gēng chí
羹汤 gēng tāng
羽冠 yǔ guān
羽扇 yǔ shàn
羽扇纶巾 yǔ shàn guān jīn
羿射九日 yì shè jiǔ rì
翅膀 chì bǎng
翘尾巴 qiào wěi ba
翘舌音 qiào shé yīn
翘首 qiáo shǒu
翠柏 cuì bǎi
翠绿 cuì lǜ
翩翩风度 piān piān fēng dù
翩若惊鸿 piān ruò jīng hóng
翻个儿 fān gè ér
翻云覆雨 fān yún fù yǔ
翻供 fān gòng
翻倒 fān dǎo
翻卷 fān juǎn
翻地 fān dì
翻天作地 fān tiān zuò dì
翻天覆地 fān tiān fù dì
翻弄 fān nòng
翻手云覆手雨 fān shǒu yún fù shǒu yǔ
翻斗 fān dǒu
翻斗车 fān dǒu chē
翻本儿 fān běn er
翻查 fān chá
翻江倒海 fān jiāng dǎo hǎi
翻番 fān fān
翻空出奇 fān kōng chū qí
翻筋斗 fān jīn dǒu
翻箱倒笼 fān xiāng dǎo lóng
翻脸不认人 fān liǎn bù rèn rén
翻跟头 fān gēn tou
翻跟斗 fān gēn dǒu
翻车 fān chē
翻车鱼 fān chē yú
翻转 fān zhuǎn
翼侧 yì cè
耀目 yào mù
老中青 lǎo zhōng qīng
老亲 lǎo qīn
老人家 lǎo rén jiā
老佛爷 lǎo fó yé
老几 lǎo jǐ
老北京 lǎo běi jīng
老区 lǎo qū
老处女 lǎo chǔ nǚ
老大 lǎo dà
老大徒伤悲 lǎo dà tú shāng bēi
老大无成 lǎo dà wú chéng
老天拔地 lǎo tiān bá dì
老头 lǎo tóu
老头儿 lǎo tou er
老好人 lǎo hǎo rén
老妪能解 lǎo yù néng jiě
老婆当军 lǎo pó dāng jūn
老实人 lǎo shí rén
老家 lǎo jiā
老将 lǎo jiàng
老师宿儒 lǎo shī xiǔ rú
老年病 lǎo nián bìng
老成持重 lǎo chéng chí zhòng
老有所终 lǎo yǒu suǒ zhōng
老本儿 lǎo běn er
老本行 lǎo běn háng
老朽无能 lǎo xiǔ wú néng
老死不相往来 lǎo sǐ bù xiāng wǎng lái
老汤 lǎo tāng
老熟人 lǎo shú rén
老父 lǎo fù
老牛破车 lǎo niú pò chē
老白干儿 lǎo bái gān ér
老相 lǎo xiāng
老相识 lǎo xiāng shí
老而不死 lǎo ér bù sǐ
老莱娱亲 lǎo lái yú qīn
老虎头上扑苍蝇 lǎo hǔ tóu shàng pū cāng yíng
老虎屁股摸不得 lǎo hǔ pì gǔ mō bù dé
老蚌生珠 lǎo bàng shēng zhū
老调 lǎo diào
老调重弹 lǎo diào chóng tán
老调重谈 lǎo diào chóng tán
老骨头 lǎo gú tou
考中 kǎo zhōng
考分 kǎo fēn
考区 kǎo qū
考卷 kǎo juàn
考期 kǎo qī
考查 kǎo chá
考核 kǎo hé
考点 kǎo diǎn
考量 kǎo liáng
考风 kǎo fēng
耆宿 qí sù
耆年硕德 qí nián shuò dé
耆德硕老 qí dé shuò lǎo
耆老 qí lǎo
而且 ér qiě
耍单儿 shuǎ dān ér
耍威风 shuǎ wēi fēng
耍弄 shuǎ nòng
耍态度 shuǎ tài dù
耍滑头 shuǎ huá tóu
耐人咀嚼 nài rén jǔ jué
耕云播雨 gēng yún bō yǔ
耕地 gēng dì
耕畜 gēng chù
耗尽 hào jìn
耗用 hào yòng
耗电 hào diàn
耗神 hào shén
耙地 bà dì
耙子 pá zi
耥耙 tǎng bà
耳后生风 ěr hòu shēng fēng
耳听八方 ěr tīng bā fāng
耳塞 ěr sāi
耳提面命 ěr tí miàn mìng
耳旁风 ěr páng fēng
耳目闭塞 ěr mù bì sāi
耳石 ěr shí
耳红面赤 ěr hóng miàn chì
耳背 ěr bèi
耳视目食 ěr shì mù shí
耳语 ěr yǔ
耳边风 ěr biān fēng
耳闻不如目见 ěr wén bù rú mù jiàn
耳闻不如面见 ěr wén bù rú miàn jiàn
耳闻目见 ěr wén mù jiàn
耳食 ěr shí
耳食之言 ěr shí zhī yán
耳食之论 ěr shí zhī lùn
耶和华 yē hé huá
耶稣 yē sū
耶稣会 yē sū huì
耷拉 dā lā
耸肩曲背 sǒng jiān qū bèi
耸肩缩背 sǒng jiān suō bèi
耻于 chǐ yú
耻居王后 chǐ jū wáng hòu
耻言人过 chǐ yán rén guò
耻骨 chǐ gǔ
聊以卒岁 liáo yǐ zú suì
聊以塞责 liáo yǐ sè zé
聊以解嘲 liáo yǐ jiě cháo
聊表 liáo biǎo
聋哑人 lóng yǎ rén
职业装 zhí yè zhuāng
职代会 zhí dài huì
职大 zhí dà
职工代表大会 zhí gōng dài biǎo dà huì
职校 zhí xiào
联华 lián huá
联句 lián jù
联合 lián hé
联合国 lián hé guó
联大 lián dà
联奏 lián zòu
联系 lián xì
联结 lián jié
联络 lián luò
聘期 pìn qī
聚会 jù huì
聚变反应 jù biàn fǎn yìng
聚合 jù hé
聚头 jù tóu
聚少成多 jù shǎo chéng duō
聚沙成塔 jù shā chéng tǎ
聚米为山 jù mǐ wéi shān
聚精会神 jù jīng huì shén
聚结 jù jié
聚落 jù luò
聪明智能 cōng míng zhì néng
聪明正直 cōng míng zhèng zhí
聱牙诘屈 áo yá jié qū
聱牙诘曲 áo yá jié qū
肆应 sì yìng
肆意横行 sì yì héng xíng
肆虐横行 sì nüè héng xíng
肆行 sì xíng
肉冠 ròu guān
肉制品 ròu zhì pǐn
肉头 ròu tóu
肉干 ròu gān
肉排 ròu pái
肉末儿 ròu mò er
肉泥 ròu ní
肉片 ròu piàn
肉片儿 ròu piàn er
肉畜 ròu chù
肉糜 ròu mí
肉红 ròu hóng
肉薄骨并 ròu bó gǔ bìng
肉袒牵羊 ròu tǎn qiān yáng
肉跳心惊 ròu tiào xīn jīng
肉颤心惊 ròu chàn xīn jīng
肉食 ròu shí
肉食者鄙 ròu shí zhě bǐ
肉馅儿 ròu xiàn er
肋木 lèi mù
肋条 lèi tiáo
肋骨 lèi gǔ
肌劈理解 jī pī lǐ jiě
肌骨 jī gǔ
肖像 xiào xiàng
肖像画 xiào xiàng huà
肚子 dǔ zi
肚子痛 dù zi tòng
肚子饿 dù zi è
肚片 dǔ piàn
肚脐 dù qí
肚脐眼儿 dù qí yǎn er
肚里泪下 dù lǐ lèi xià
肚量 dù liàng
肝功能 gān gōng néng
肝心涂地 gān xīn tú dì
肝心若裂 gān xīn ruò liè
肝胆涂地 gān dǎn tú dì
肝胆过人 gān dǎn guò rén
肝脑涂地 gān nǎo tú dì
肝风 gān fēng
肠胃病 cháng wèi bìng
股分 gǔ fèn
股掌之上 gǔ zhǎng zhī shàng
股评 gǔ píng
股长 gǔ zhǎng
股骨 gǔ gǔ
肢解 zhī jiě
肤寸而合 fū cùn ér hé
肤浅 fū qiǎn
肤皮潦草 fū pí liáo cǎo
肤见謭识 fū jiàn jiǎn shí
肤见谫识 fū jiàn jiǎn shí
肥大 féi dà
肥头大耳 féi tóu dà ěr
肥头大面 féi tóu dà miàn
肥头胖耳 féi tóu pàng ěr
肥差 féi chà
肥硕 féi shuò
肥鱼大肉 féi yú dà ròu
肩头 jiān tóu
肩挑 jiān tiāo
肩摩毂击 jiān mó gǔ jī
肩背 jiān bèi
肩胛骨 jiān jiǎ gǔ
肯不肯 kěn bù kěn
肯于 kěn yú
肯干 kěn gàn
肯綮 kěn qìng
肱骨 gōng gǔ
肺动脉 fèi dòng mài
肺叶 fèi yè
肺活量 fèi huó liàng
肺石风清 fèi shí fēng qīng
肺结核 fèi jié hé
肺静脉 fèi jìng mài
肾结石 shèn jié shí
肿大 zhǒng dà
胀痛 zhàng tòng
胁从 xié cóng
胁迫 xié pò
胆大于身 dǎn dà yú shēn
胆大包天 dǎn dà bāo tiān
胆大如斗 dǎn dà rú dǒu
胆大心小 dǎn dà xīn xiǎo
胆大心细 dǎn dà xīn xì
胆大心雄 dǎn dà xīn xióng
胆大泼天 dǎn dà pō tiān
胆结石 dǎn jié shí
胆裂魂飞 dǎn liè hún fēi
胆识 dǎn shí
胆量 dǎn liàng
胆颤心惊 dǎn chàn xīn jīng
背义负信 bèi yì fù xìn
背乡离井 bèi xiāng lí jǐng
背井离乡 bèi jǐng lí xiāng
背人 bèi rén
背信 bèi xìn
背信弃义 bèi xìn qì yì
背光 bèi guāng
背公向私 bèi gōng xiàng sī
背公营私 bèi gōng yíng sī
背前面后 bèi qián miàn hòu
背包 bēi bāo
背后 bèi hòu
背地 bèi dì
背地里 bèi dì lǐ
背城借一 bèi chéng jiè yī
背弃 bèi qì
背心 bèi xīn
背恩弃义 bèi ēn qì yì
背恩忘义 bèi ēn wàng yì
背恩负义 bèi ēn fù yì
背惠食言 bèi huì shí yán
背时 bèi shí
背暗投明 bèi àn tóu míng
背本就末 bèi běn jiù mò
背本趋末 bèi běn qū mò
背着手 bèi zhe shǒu
背离 bèi lí
背脊 bèi jǐ
背阴 bèi yīn
背靠 bèi kào
背靠背 bèi kào bèi
背面 bèi miàn
背风 bèi fēng
背风面 bèi fēng miàn
胎发 tāi fà
胖大海 pàng dà hǎi
胖头鱼 pàng tóu yú
胜似 shèng sì
胜地 shèng dì
胜朝 shèng cháo
胜过 shèng guò
胡同 hú tòng
胡天胡地 hú tiān hú dì
胡子茬儿 hú zi chá er
胡思乱量 hú sī luàn liàng
胡拉乱扯 hú lā luàn chě
胡支扯叶 hú zhī chě yè
胡服骑射 hú fú qí shè
胡枝扯叶 hú zhī chě yè
胡椒面儿 hú jiāo miàn er
胡萝卜 hú luó bo
胡言乱语 hú yán luàn yǔ
胡言汉语 hú yán hàn yǔ
胡诌乱说 hú zhōu luàn shuō
胡说 hú shuō
胡说乱道 hú shuō luàn dào
胡说八道 hú shuō bā dào
胡说白道 hú shuō bái dào
胡越一家 hú yuè yī jiā
胫骨 jìng gǔ
胭红 yān hóng
胭脂红 yān zhī hóng
胯骨 kuà gǔ
胳膊 gē bó
胳膊肘 gē bó zhǒu
胳膊肘儿 gē bó zhǒu er
胳臂 gē bei
胶卷 jiāo juǎn
胶合 jiāo hé
胶柱调瑟 jiāo zhù tiáo sè
胶泥 jiāo ní
胶片 jiāo piàn
胶着 jiāo zhuó
胶纸 jiāo zhǐ
胶结 jiāo jié
胶鬲之困 jiāo gé zhī kùn
胸中 xiōng zhōng
胸中万卷 xiōng zhōng wàn juàn
胸中无数 xiōng zhōng wú shù
胸中有数 xiōng zhōng yǒu shù
胸中甲兵 xiōng zhōng jiǎ bīng
胸中鳞甲 xiōng zhōng lín jiǎ
胸像 xiōng xiàng
胸卡 xiōng kǎ
胸怀磊落 xiōng huái lěi luò
胸有鳞甲 xiōng yǒu lín jiǎ
胸椎 xiōng zhuī
胸片 xiōng piàn
胸闷 xiōng mēn
胸闷难受 xiōng mēn nán shòu
胸骨 xiōng gǔ
能上能下 néng shàng néng xià
能不称官 néng bù chèn guān
能人 néng rén
能伸能屈 néng shēn néng qū
能动 néng dòng
能否 néng fǒu
能屈能伸 néng qū néng shēn
能干 néng gàn
能手 néng shǒu
能文能武 néng wén néng wǔ
能源 néng yuán
能牙利齿 néng yá lì chǐ
能者多劳 néng zhě duō láo
能见度 néng jiàn dù
能言快语 néng yán kuài yǔ
能言快说 néng yán kuài shuō
能说会道 néng shuō huì dào
能说惯道 néng shuō guàn dào
能谋善断 néng móu shàn duàn
能量 néng liàng
脂膏 zhī gāo
脆骨 cuì gǔ
脉冲 mài chōng
脉动 mài dòng
脉动电流 mài dòng diàn liú
脉压 mài yā
脉石 mài shí
脉管 mài guǎn
脉络 mài luò
脉脉 mò mò
脉脉含情 mò mò hán qíng
脉脉相通 mài mài xiāng tōng
脉门 mài mén
脊梁骨 jǐ liáng gǔ
脊椎 jǐ zhuī
脊椎动物 jǐ zhuī dòng wù
脊椎骨 jǐ zhuī gǔ
脊背 jǐ bèi
脊骨 jǐ gǔ
脏乱差 zāng luàn chà
脏了 zāng le
脏字儿 zāng zì er
脏污狼藉 zāng wū láng jí
脏活儿 zāng huó er
脏稀稀 zāng xī xī
脏话 zāng huà
脑充血 nǎo chōng xuè
脑勺儿 nǎo sháo er
脑溢血 nǎo yì xuè
脑血栓 nǎo xuè shuān
脑血栓形成 nǎo xuè shuān xíng chéng
脑血管 nǎo xuè guǎn
脑袋瓜儿 nǎo dài guā er
脑贫血 nǎo pín xuè
脓血 nóng xuè
脖子 bó zi
脖梗儿 bó gěng er
脖颈 bó gěng
脖颈子 bó gěng zi
脚不沾地 jiǎo bù zhān dì
脚不点地 jiǎo bù diǎn dì
脚心朝天 jiǎo xīn cháo tiān
脚踏实地 jiǎo tà shí dì
脱发 tuō fà
脱困 tuō kùn
脱壳 tuō ké
脱壳金蝉 tuō ké jīn chán
脱手弹丸 tuō shǒu dàn wán
脱白挂绿 tuō bái guà lǜ
脱胎换骨 tuō tāi huàn gǔ
脸不红心不跳 liǎn bù hóng xīn bú tiào
脸热 liǎn rè
脸红筋暴 liǎn hóng jīn bào
脸红耳热 liǎn hóng ěr rè
脸红耳赤 liǎn hóng ěr chì
脾气很拗 pí qì hěn niù
腈纶 jīng lún
腊八 là bā
腊味 là wèi
腊尽春回 là jìn chūn huí
腊日 là rì
腊月 là yuè
腊肉 là ròu
腋臭 yè chòu
腌肉 yān ròu
腌臜 ā zā
腌臢 ā zā
腐恶 fǔ è
腐殖质 fǔ zhí zhì
腐臭 fǔ chòu
腓骨 féi gǔ
腔调 qiāng diào
腕骨 wàn gǔ
腥膻 xīng shān
腥臭 xīng chòu
腥闻在上 xīng wén zài shàng
腥风血雨 xīng fēng xuè yǔ
腥风醎雨 xīng fēng xián yǔ
腭裂 è liè
腮红 sāi hóng
腰椎 yāo zhuī
腰背 yāo bèi
腰酸 yāo suān
腰酸背痛 yāo suān bèi tòng
腹中兵甲 fù zhōng bīng jiǎ
腹内 fù nèi
腹地 fù dì
腹有鳞甲 fù yǒu lín jiǎ
腹背之毛 fù bèi zhī máo
腹载五车 fù zài wǔ chē
腹饱万言 fù bǎo wàn yán
腼颜事仇 miǎn yán shì chóu
腾冲 téng chōng
腾空 téng kōng
膀胱 páng guāng
膊裂 bó liè
膏场绣浍 gāo cháng xiù kuài
膏泽 gāo zé
膏泽脂香 gāo zé zhī xiāng
膏腴 gāo yú
膏腴之地 gāo yú zhī dì
膏腴贵游 gāo yú guì yóu
膏血 gāo xuè
膏车秣马 gào chē mò mǎ
膝头 xī tóu
膝痒搔背 xī yǎng sāo bèi
膝盖 xī gài
膝盖骨 xī gài gǔ
膝行 xī xíng
膝行匍伏 xī xíng pú fú
膝行蒲伏 xī xíng pú fú
膝语蛇行 xī yǔ shé xíng
膨大 péng dà
膨胀系数 péng zhàng xì shù
膳宿 shàn sù
膳食 shàn shí
膻中 dàn zhōng
膻味 shān wèi
臂膀 bì bǎng
臆度 yì duó
臆见 yì jiàn
臆说 yì shuō
臧否 zāng pǐ
臧否人物 zāng pǐ rén wù
臧穀亡羊 zāng gǔ wáng yáng
臧谷亡羊 zāng gǔ wáng yáng
自上而下 zì shàng ér xià
自下而上 zì xià ér shàng
自不待言 zì bù dài yán
自不量力 zì bù liàng lì
自业自得 zì yè zì dé
自个儿 zì gě ér
自乘 zì chéng
自从 zì cóng
自以为得计 zì yǐ wéi dé jì
自以为是 zì yǐ wéi shì
自传 zì zhuàn
自作解人 zì zuò jiě rén
自供 zì gòng
自便 zì biàn
自信 zì xìn
自信不疑 zì xìn bù yí
自信心 zì xìn xīn
自出一家 zì chū yī jiā
自分 zì fèn
自力更生 zì lì gēng shēng
自动倒卷 zì dòng dào juǎn
自动门 zì dòng mén
自助 zì zhù
自助餐 zì zhù cān
自发 zì fā
自各儿 zì gě ér
自嘲 zì cháo
自圆其说 zì yuán qí shuō
自坏长城 zì huài cháng chéng
自大 zì dà
自家 zì jiā
自家人 zì jiā rén
自寻短见 zì xún duǎn jiàn
自尽 zì jìn
自弃自暴 zì qì zì bào
自强 zì qiáng
自当 zì dāng
自得 zì dé
自得其乐 zì dé qí lè
自怨自艾 zì yuàn zì yì
自愧不如 zì kuì bù rú
自成一家 zì chéng yī jiā
自成体系 zì chéng tǐ xì
自我解嘲 zì wǒ jiě cháo
自打 zì dǎ
自报家门 zì bào jiā mén
自旋 zì xuán
自暴自弃 zì bào zì qì
自有公论 zì yǒu gōng lùn
自来红 zì lái hóng
自查 zì chá
自治区 zì zhì qū
自甘堕落 zì gān duò luò
自甘暴弃 zì gān bào qì
自由王国 zì yóu wáng guó
自留地 zì liú dì
自留畜 zì liú chù
自相水火 zì xiāng shuǐ huǒ
自相鱼肉 zì xiāng yú ròu
自省 zì xǐng
自知 zì zhī
自知之明 zì zhī zhī míng
自称 zì chēng
自筹给养 zì chóu jǐ yǎng
自给 zì jǐ
自给自足 zì jǐ zì zú
自行 zì xíng
自行其是 zì xíng qí shì
自行火炮 zì xíng huǒ pào
自行车 zì xíng chē
自视甚高 zì shì shèn gāo
自言自语 zì yán zì yǔ
自说自话 zì shuō zì huà
自费生 zì fèi shēng
自转 zì zhuàn
自重 zì zhòng
自量 zì liàng
自食 zì shí
自食其言 zì shí qí yán
自高自大 zì gāo zì dà
臭不可当 chòu bù kě dāng
臭名 chòu míng
臭名昭彰 chòu míng zhāo zhāng
臭名远扬 chòu míng yuǎn yáng
臭味 chòu wèi
臭味儿 chòu wèi er
臭味相投 xiù wèi xiāng tóu
臭揍一顿 chòu zòu yí dùn
臭棋 chòu qí
臭氧 chòu yǎng
臭氧层 chòu yǎng céng
臭美 chòu měi
臭老九 chòu lǎo jiǔ
臭肉来蝇 chòu ròu lái yíng
至上 zhì shàng
至亲 zhì qīn
至亲骨肉 zhì qīn gǔ ròu
至大至刚 zhì dà zhì gāng
至好 zhì hǎo
至当 zhì dāng
至正 zhì zhèng
至死不变 zhì sǐ bù biàn
至深 zhì shēn
至高无上 zhì gāo wú shàng
致力于 zhì lì yú
致远任重 zhì yuǎn rèn zhòng
臼头深目 jiù tóu shēn mù
舂容大雅 chōng róng dà yǎ
舅父 jiù fù
舆论 yú lùn
舌头 shé tou
舌挢不下 shé jiǎo bù xià
舌桥不下 shé qiáo bù xià
舍不得 shě bù dé
舍亲 shè qīn
舍己 shě jǐ
舍己为人 shě jǐ wèi rén
舍己为公 shě jǐ wèi gōng
舍己从人 shě jǐ cóng rén
舍弃 shě qì
舍得 shě de
舍我其谁 shě wǒ qí shuí
舍短取长 shě duǎn qǔ cháng
舍策追羊 shě cè zhuī yáng
舍身为国 shě shēn wéi guó
舍车保帅 shè jū bǎo shuài
舐皮论骨 shì pí lùn gǔ
舒卷 shū juǎn
舒筋活血 shū jīn huó xuè
舔食 tiǎn shí
舞会 wǔ huì
舞女 wǔ nǚ
舞弄 wǔ nòng
舞文弄法 wǔ wén nòng fǎ
舞星 wǔ xīng
舞爪张牙 wǔ zhǎo zhāng yá
舞笔弄文 wǔ bǐ nòng wén
舞美 wǔ měi
舟中敌国 zhōu zhōng dí guó
舟车 zhōu chē
舟车劳顿 zhōu chē láo dùn
航校 háng xiào
航模 háng mó
航测 háng cè
航空 háng kōng
航空信 háng kōng xìn
航空兵 háng kōng bīng
航行 háng xíng
航路 háng lù
般桓 pán huán
般若 bō rě
舰炮 jiàn pào
船到桥门自会直 chuán dào qiáo mén zì huì zhí
船坚炮利 chuán jiān pào lì
船多不碍路 chuán duō bù ài lù
船期 chuán qī
船长 chuán zhǎng
良好 liáng hǎo
良宵好景 liáng xiāo hǎo jǐng
良家 liáng jiā
良将 liáng jiàng
良心话 liáng xīn huà
良知 liáng zhī
良知良能 liáng zhī liáng néng
良禽择木 liáng qín zé mù
良能 liáng néng
良莠不一 liáng yǒu bù yī
良莠不分 liáng yǒu bù fēn
良贾深藏 liáng gǔ shēn cáng
艰苦奋斗 jiān kǔ fèn dòu
艰苦朴素 jiān kǔ pǔ sù
艰难 jiān nán
艰难困苦 jiān nán kùn kǔ
艰难曲折 jiān nán qū zhé
艰难玉成 jiān nán yù chéng
艰难险阻 jiān nán xiǎn zǔ
色厉胆薄 sè lì dǎn bó
色子 shǎi zǐ
色差 sè chà
色度 sè dù
色拉 sè lā
色相 sè xiàng
色调 sè diào
艳丽 yàn lì
艳称 yàn chēng
艳紫妖红 yàn zǐ yāo hóng
艳红 yàn hóng
艺不压身 yì bù yā shēn
艺术 yì shù
艺术品 yì shù pǐn
艺术家 yì shù jiā
艺能 yì néng
艺高人胆大 yì gāo rén dǎn dà
艺高胆大 yì gāo dǎn dà
节下 jié xià
节余 jié yú
节假 jié jià
节假日 jié jià rì
节制 jié zhì
节制资本 jié zhì zī běn
节哀 jié āi
节哀顺变 jié āi shùn biàn
节外生枝 jié wài shēng zhī
节奏 jié zòu
节度 jié dù
节拍 jié pāi
节支 jié zhī
节日 jié rì
节本 jié běn
节水 jié shuǐ
节流 jié liú
节片 jié piàn
节用 jié yòng
节用爱民 jié yòng ài mín
节用裕民 jié yòng yù mín
节目 jié mù
节目主持人 jié mù zhǔ chí rén
节目单 jié mù dān
节省 jié shěng
节礼 jié lǐ
节育 jié yù
节育环 jié yù huán
节能 jié néng
节衣缩食 jié yī suō shí
节间 jié jiān
节食 jié shí
芋头 yù tou
芒刺 máng cì
芒刺在背 máng cì zài bèi
芒寒色正 máng hán sè zhèng
芜荑 wú yí
芟繁就简 shān fán jiù jiǎn
芤脉 kōu mài
芥末 jiè mò
芥蓝 jiè lán
芥蓝菜 gài lán cài
芫花 yuán huā
花会 huā huì
花信年华 huā xìn nián huá
花冠 huā guān
花卷 huā juǎn
花呢 huā ní
花天酒地 huā tiān jiǔ dì
花天锦地 huā tiān jǐn dì
花岗石 huā gāng shí
花攒锦簇 huā cuán jǐn cù
花攒锦聚 huā cuán jǐn jù
花朝月夕 huā zhāo yuè xī
花朝月夜 huā zhāo yuè yè
花期 huā qī
花枝招颤 huā zhī zhāo chàn
花炮 huā pào
花生仁儿 huā shēng rén er
花生豆儿 huā shēng dòu er
花簇锦攒 huā cù jǐn cuán
花籽儿 huā zǐ er
花红 huā hóng
花红柳绿 huā hóng liǔ lǜ
花花绿绿 huā huā lǜ lǜ
花街柳巷 huā jiē liǔ xiàng
花被 huā bèi
花言巧语 huā yán qiǎo yǔ
花说柳说 huā shuō liǔ shuō
花车 huā chē
花露 huā lù
花露水 huā lù shuǐ
花香鸟语 huā xiāng niǎo yǔ
花骨朵 huā gū duǒ
花鸟画 huā niǎo huà
芳华 fāng huá
芳年华月 fāng nián huá yuè
芳菲 fāng fēi
苌弘碧血 cháng hóng bì xiě
苍劲 cāng jìng
苍头 cāng tóu
苍术 cāng zhú
苍松 cāng sōng
苍松翠柏 cāng sōng cuì bǎi
苍空 cāng kōng
苍绿 cāng lǜ
苍蝇见血 cāng yíng jiàn xiě
苍颜白发 cāng yán bái fà
苏丹 sū dān
苏伊士运河 sū yī shì yùn hé
苏区 sū qū
苏合香 sū hé xiāng
苏小小 sū xiǎo xiǎo
苏打 sū dá
苏木 sū mù
苏白 sū bái
苕帚 tiáo zhǒu
苗头 miáo tou
苗期 miáo qī
苗而不秀 miáo ér bù xiù
苗语 miáo yǔ
苛刻 kē kè
苛捐杂税 kē juān zá shuì
苛求 kē qiú
苛细 kē xì
苟且 gǒu qiě
苟且之心 gǒu qiě zhī xīn
苟且偷生 gǒu qiě tōu shēng
苟合 gǒu hé
苟同 gǒu tóng
苣卖菜 qǔ mài cài
苣荬菜 qǔ mǎi cài
若何 ruò hé
若即若离 ruò jí ruò lí
若卵投石 ruò luǎn tóu shí
若崩厥角 ruò bēng jué jiǎo
若干 ruò gān
若敖之鬼 ruò áo zhī guǐ
若明若暗 ruò míng ruò àn
若是 ruò shì
若有所失 ruò yǒu suǒ shī
若有若无 ruò yǒu ruò wú
若涉渊冰 ruò shè yuān bīng
若涉渊水 ruò shè yuān shuǐ
若非 ruò fēi
苦丁茶 kǔ dīng chá
苦不可言 kǔ bù kě yán
苦不堪言 kǔ bù kān yán
苦中作乐 kǔ zhōng zuò lè
苦参 kǔ shēn
苦夏 kǔ xià
苦大仇深 kǔ dà chóu shēn
苦头 kǔ tóu
苦尽甘来 kǔ jìn gān lái
苦尽甜来 kǔ jìn tián lái
苦差 kǔ chāi
苦差事 kǔ chāi shì
苦干 kǔ gàn
苦斗 kǔ dòu
苦熬 kǔ áo
苦相 kǔ xiàng
苦短 kǔ duǎn
苦行 kǔ xíng
苦难 kǔ nàn
苦难深重 kǔ nàn shēn zhòng
苦雨 kǔ yǔ
苦雨凄风 kǔ yǔ qī fēng
苫布 shàn bù
英华 yīng huá
英姿勃发 yīng zī bó fā
英姿焕发 yīng zī huàn fā
英尺 yīng chǐ
英模 yīng mó
英石 yīng shí
英语 yīng yǔ
英雄传 yīng xióng zhuàn
英雄所见略同 yīng xióng suǒ jiàn lüè tóng
英雄无用武之地 yīng xióng wú yòng wǔ zhī dì
英雄辈出 yīng xióng bèi chū
苹果 píng guǒ
苹果绿 píng guǒ lǜ
茁壮成长 zhuó zhuàng chéng zhǎng
茁长 zhuó zhǎng
茂盛 mào shèng
范水模山 fàn shuǐ mó shān
茄子 qié zi
茅台 máo tái
茅台酒 máo tái jiǔ
茅塞顿开 máo sè dùn kāi
茅舍 máo shè
茎干 jīng gàn
茔地 yíng dì
茜茜公主 xī xī gōng zhǔ
茜草 qiàn cǎo
茫无所知 máng wú suǒ zhī
茫然不解 máng rán bù jiě
茫然若失 máng rán ruò shī
茶会 chá huì
茶几 chá jī
茶匙 chá chí
茶叶 chá yè
茶汤 chá tāng
茶话会 chá huà huì
茶铛 chá chēng
茶食 chá shí
茹柔吐刚 rú róu tǔ gāng
茹毛饮血 rú máo yǐn xuè
荆天棘地 jīng tiān jí dì
荆棘塞途 jīng jí sè tú
荆芥 jīng jiè
草偃风从 cǎo yǎn fēng cóng
草偃风行 cǎo yǎn fēng xíng
草地 cǎo dì
草字头 cǎo zì tóu
草底儿 cǎo dǐ er
草木知威 cǎo mù zhī wēi
草率 cǎo shuài
草率从事 cǎo shuài cóng shì
草率将事 cǎo lǜ jiāng shì
草率收兵 cǎo shuài shōu bīng
草绿 cǎo lǜ
草芥 cǎo jiè
草芥人命 cǎo jiè rén mìng
草草了事 cǎo cǎo liǎo shì
草行露宿 cǎo xíng lù sù
草衣木食 cǎo yī mù shí
草长莺飞 cǎo zhǎng yīng fēi
草间求活 cǎo jiān qiú huó
草靡风行 cǎo mí fēng xíng
荒唐无稽 huāng táng wú jī
荒地 huāng dì
荒时暴月 huāng shí bào yuè
荒沙 huāng shā
荒淫无度 huāng yín wú dù
荒落 huāng luò
荒诞不经 huāng dàn bù jīng
荒诞无稽 huāng dàn wú jī
荔枝 lì zhī
荡产倾家 dàng chǎn qīng jiā
荣华 róng huá
荣立 róng lì
荤粥 xūn zhōu
荤食 hūn shí
荧光屏 yíng guāng píng
荧光粉 yíng guāng fěn
荧屏 yíng píng
荫蔽 yīn bì
药单 yào dān
药工 yào gōng
药浴 yào yù
药片 yào piàn
药石 yào shí
药石之言 yào shí zhī yán
药膏 yào gāo
药茶 yào chá
药面 yào miàn
荷叶 hé yè
荷尔蒙 hé ěr méng
荷枪实弹 hè qiāng shí dàn
荷重 hè zhòng
荸荠 bí qí
莎草 suō cǎo
莘庄 xīn zhuāng
莘莘 shēn shēn
莞尔 wǎn ěr
莞尔一笑 wǎn ěr yí xiào
莞尔而笑 wǎn ěr ér xiào
莞莞 wǎn wǎn
莨绸 liáng chóu
莫不 mò bù
莫不是 mò bú shì
莫之与京 mò zhī yǔ jīng
莫可奈何 mò kě nài hé
莫可究诘 mò kě jiū jié
莫名 mò míng
莫名其妙 mò míng qí miào
莫大 mò dà
莫如 mò rú
莫敢谁何 mò gǎn shuí hé
莫明其妙 mò míng qí miào
莫桑比克 mò sāng bǐ kè
莫测高深 mò cè gāo shēn
莫衷一是 mò zhōng yī shì
莫辨楮叶 mò biàn chǔ yè
莫过于 mò guò yú
莫逆 mò nì
莫逆之交 mò nì zhī jiāo
莫逆于心 mò nì yú xīn
莫非 mò fēi
莫须有 mò xū yǒu
莲花落 lián huā lào
莲蓬头 lián péng tóu
莳罗 shí luó
莴苣 wō jù
获得 huò dé
获知 huò zhī
获隽公车 huò jùn gōng chē
莺啼燕语 yīng tí yàn yǔ
莺声燕语 yīng shēng yàn yǔ
莺歌燕语 yīng gē yàn yǔ
莺语 yīng yǔ
莺飞草长 yīng fēi cǎo zhǎng
菜单 cài dān
菜叶 cài yè
菜点 cài diǎn
菜羊 cài yáng
菱角磨作鸡头 líng jiǎo mó zuò jī tóu
菲材 fěi cái
菲礼 fěi lǐ
菲菲 fēi fēi
菲薄 fěi bó
菲食薄衣 fěi shí bó yī
萍飘蓬转 píng piāo péng zhuàn
萎靡 wěi mǐ
萝卜 luó bo
营区 yíng qū
营蝇斐锦 yíng yíng fěi jǐn
萧郎陌路 xiāo láng mò lù
萼片 è piàn
落下 là xià
落了 là le
落井下石 luò jǐng xià shí
落井投石 luò jǐng tóu shí
落价 lào jià
落单 luò dān
落发 luò fà
落叶 luò yè
落叶树 luò yè shù
落后 luò hòu
落地 luò dì
落子 lào zi
落山 luò shān
落差 luò chà
落得 luò de
落成 luò chéng
落拓 luò tuò
落日 luò rì
落枕 lào zhěn
落款 luò kuǎn
落水 luò shuǐ
落水管 luò shuǐ guǎn
落汤鸡 luò tāng jī
落泊 luò bó
落炕 lào kàng
落点 luò diǎn
落空 luò kōng
落籍 luò jí
落脚 luò jiǎo
落脚点 luò jiǎo diǎn
落色 lào shǎi
落花 luò huā
落花无言 luò huā wú yán
落花流水 luò huā liú shuǐ
落花生 luò huā shēng
落英 luò yīng
落英缤纷 luò yīng bīn fēn
落草 luò cǎo
落荒 luò huāng
落荒而走 luò huāng ér zǒu
落落大方 luò luò dà fāng
落落寡合 luò luò guǎ hé
落落难合 luò luò nán hé
落锁 luò suǒ
落阱下石 luò jǐng xià shí
落难 luò nàn
落雁沉鱼 luò yàn chén yú
落音 luò yīn
落马 luò mǎ
葑菲之采 fēng fēi zhī cǎi
著书立说 zhù shū lì shuō
著作人 zhù zuò rén
著作权法 zhù zuò quán fǎ
著作等身 zhù zuò děng shēn
著文 zhù wén
著述等身 zhù shù děng shēn
葛屦履霜 gé jù lǚ shuāng
葛布 gé bù
葛粉 gé fěn
葛藤 gé téng
葡萄干 pú táo gān
董事会 dǒng shì huì
董事长 dǒng shì zhǎng
葫芦 hú lú
葭莩之亲 jiā fú zhī qīn
葱头 cōng tóu
葱白儿 cōng bái er
葱绿 cōng lǜ
蒙人 méng rén
蒙以养正 méng yǐ yǎng zhèng
蒙受 méng shòu
蒙古包 měng gǔ bāo
蒙古大夫 měng gǔ dài fū
蒙古文 měng gǔ wén
蒙古语 měng gǔ yǔ
蒙在鼓里 méng zài gǔ lǐ
蒙太奇 méng tài qí
蒙昧 méng mèi
蒙昧主义 méng mèi zhǔ yì
蒙昧无知 méng mèi wú zhī
蒙混 méng hùn
蒙混过关 méng hùn guò guān
蒙着 mēng zháo
蒙着锅儿 mēng zhe guō er
蒙羞 méng xiū
蒙蒙 méng méng
蒙蒙细雨 méng méng xì yǔ
蒙蔽 méng bì
蒙语 méng yǔ
蒙面 méng miàn
蒜头 suàn tóu
蒜泥 suàn ní
蒜瓣儿 suàn bàn er
蒜黄 suàn huáng
蒸发 zhēng fā
蒸汽机车 zhēng qì jī chē
蒸汽浴 zhēng qì yù
蒸笼 zhēng lóng
蒸蒸日上 zhēng zhēng rì shàng
蒸食 zhēng shí
蒸饼 zhēng bǐng
蒸馏 zhēng liú
蒸馏水 zhēng liú shuǐ
蒿草 hāo cǎo
蓄发 xù fà
蓄水量 xù shuǐ liàng
蓄能 xù néng
蓍占 shī zhān
蓝宝石 lán bǎo shí
蓝调 lán diào
蓦地 mò dì
蓬勃 péng bó
蓬头历齿 péng tóu lì chǐ
蓬头厉齿 péng tóu lì chǐ
蓬头垢面 péng tóu gòu miàn
蓬生麻中 péng shēng má zhōng
蔓儿 màn er
蔓延 màn yán
蔓引株求 màn yǐn zhū qiú
蔓生 màn shēng
蔓草 màn cǎo
蔚县 yù xiàn
蔚然 wèi rán
蔚然成风 wèi rán chéng fēng
蔫巴 niān bā
蔼然可亲 ǎi rán kě qīn
蔽塞 bì sè
蔽日干云 bì rì gān yún
蔽明塞聪 bì míng sè cōng
蔽聪塞明 bì cōng sè míng
蕃茄 fān qié
蕲蛇 qí shé
蕴结 yùn jié
蕴藉 yùn jiè
蕴藏 yùn cáng
薄产 bó chǎn
薄利 bó lì
薄利多销 bó lì duō xiāo
薄命 bó mìng
薄命佳人 bó mìng jiā rén
薄唇轻言 báo chún qīng yán
薄寒中人 bó hán zhòng rén
薄层 báo céng
薄幸 bó xìng
薄弱 bó ruò
薄待 bó dài
薄情 bó qíng
薄情无义 bó qíng wú yì
薄技 bó jì
薄技在身 bó jì zài shēn
薄晓 bó xiǎo
薄暮 bó mù
薄暮冥冥 bó mù míng míng
薄片 báo piàn
薄物细故 bó wù xì gù
薄田 bó tián
薄荷 bò hé
薄荷脑 bò hé nǎo
薄葬 bó zàng
薄薄 báo báo
薄酒 bó jiǔ
薄酬 bó chóu
薄雾 bó wù
薄面 bó miàn
薄饼 báo bǐng
薅草 hāo cǎo
薪传 xīn chuán
薪尽火传 xīn jìn huǒ chuán
薪给 xīn gěi
薯类 shǔ lèi
薯莨 shǔ liáng
薯莨绸 shǔ liáng chóu
薰天赫地 xūn tiān hè dì
薰莸不同器 xūn yóu bù tóng qì
薰莸同器 xūn yóu tóng qì
薰风 xūn fēng
藉以 jiè yǐ
藉口 jiè kǒu
藉草枕块 jiè cǎo zhěn kuài
藏之名山 cáng zhī míng shān
藏人 zàng rén
藏历 zàng lì
藏器待时 cáng qì dài shí
藏奸 cáng jiān
藏富 cáng fù
藏巧于拙 cáng qiǎo yú zhuō
藏府 zàng fǔ
藏戏 zàng xì
藏拙 cáng zhuō
藏族 zàng zú
藏猫儿 cáng māo ér
藏獒 zàng áo
藏红花 zàng hóng huā
藏药 zàng yào
藏蓝 zàng lán
藏诸名山 cáng zhū míng shān
藏身 cáng shēn
藏青 zàng qīng
藏香 zàng xiāng
藕粉 ǒu fěn
藕色 ǒu sè
藤编 téng biān
藤蔓 téng wàn
藩属 fān shǔ
藻井 zǎo jǐng
虎不食儿 hǔ bù shí ér
虎体熊腰 hǔ tǐ xióng yāo
虎入羊群 hǔ rù yáng qún
虎劲 hǔ jìn
虎卧龙跳 hǔ wò lóng tiào
虎啸风生 hǔ xiào fēng shēng
虎将 hǔ jiàng
虎尾 hǔ wěi
虎尾春冰 hǔ wěi chūn bīng
虎斗龙争 hǔ dòu lóng zhēng
虎步龙行 hǔ bù lóng xíng
虎珀拾芥 hǔ pò shí jiè
虎而冠 hǔ ér guàn
虎背熊腰 hǔ bèi xióng yāo
虎荡羊群 hǔ dàng yáng qún
虎贲 hǔ bēn
虎跑 hǔ páo
虎骨 hǔ gǔ
虎骨酒 hǔ gǔ jiǔ
虔信 qián xìn
虚与委蛇 xū yǔ wēi yí
虚废词说 xū fèi cí shuō
虚度年华 xū dù nián huá
虚有其表 xū yǒu qí biǎo
虚空 xū kōng
虚舟飘瓦 xū zhōu piāo wǎ
虚词诡说 xū cí guǐ shuō
虫沙猿鹤 chóng shā yuán hè
虱处裈中 shī chǔ kūn zhōng
虹鳟鱼 hóng zūn yú
虽覆能复 suī fù néng fù
虽说 suī shuō
虾兵蟹将 xiā bīng xiè jiàng
虾蟆 há má
蚁后 yǐ hòu
蚁封穴雨 yǐ fēng xué yǔ
蚁拥蜂攒 yǐ yōng fēng cuán
蚁斗蜗争 yǐ dòu wō zhēng
蚁聚蜂攒 yǐ jù fēng cuán
蚁集蜂攒 yǐ jí fēng cuán
蚂蚁 mǎ yǐ
蚂蚁啃骨头 mǎ yǐ kěn gú tou
蚂蚁搬泰山 mǎ yǐ bān tài shān
蚂蜂 mǎ fēng
蚂蟥 mǎ huáng
蚂蟥钉 mǎ huáng dīng
蚌埠 bèng bù
蚌埠市 bèng bù shì
蚌病成珠 bàng bìng chéng zhū
蚌病生珠 bàng bìng shēng zhū
蚍蜉撼大树 pí fú hàn dà shù
蚕沙 cán shā
蚕食 cán shí
蚕食鲸吞 cán shí jīng tūn
蛇心佛口 shé xīn fó kǒu
蛇蝎为心 shé xiē wéi xīn
蛇行 shé xíng
蛇食鲸吞 shé shí jīng tūn
蛋白尿 dàn bái niào
蛋青 dàn qīng
蛋鸭 dàn yā
蛟龙得水 jiāo lóng dé shuǐ
蛟龙戏水 jiāo lóng xì shuǐ
蛤粉 gé fěn
蛤蚌 gé bàng
蛤蚧 gé jiè
蛤蜊 gé lí
蛤蟆 há ma
蛮劲 mán jìn
蛮干 mán gàn
蛮烟瘴雨 mán yān zhàng yǔ
蛮触相争 mán chù xiāng zhēng
蛹期 yǒng qī
蛾眉 é méi
蛾眉月 é méi yuè
蛾眉皓齿 é méi hào chǐ
蛾眉螓首 é méi qín shǒu
蜂合蚁聚 fēng hé yǐ jù
蜂屯乌合 fēng tún wū hé
蜂屯蚁杂 fēng tún yǐ zá
蜂屯蚁聚 fēng tún yǐ jù
蜂屯蚁附 fēng tún yǐ fù
蜂扇蚁聚 fēng shān yǐ jù
蜂拥而上 fēng yōng ér shàng
蜂攒蚁聚 fēng cuán yǐ jù
蜂攒蚁集 fēng cuán yǐ jí
蜂腰削背 fēng yāo xuē bèi
蜂腰猿背 fēng yāo yuán bèi
蜂识莺猜 fēng shí yīng cāi
蜂趋蚁附 fēng qū yǐ fù
蜉蝣撼大树 fú yóu hàn dà shù
蜕化 tuì huà
蜕化变质 tuì huà biàn zhì
蜗旋 wō xuán
蜗角 wō jiǎo
蜗角之争 wō jiǎo zhī zhēng
蜗角虚名 wō jiǎo xū míng
蜗角蝇头 wō jiǎo yíng tóu
蜚瓦拔木 fēi wǎ bá mù
蜚短流长 fēi duǎn liú cháng
蜚语 fēi yǔ
蜜供 mì gòng
蜜罐儿 mì guàn er
蜜语 mì yǔ
蜜里调油 mì lǐ tiáo yóu
蜜露 mì lù
蜷缩 quán suō
蝇头 yíng tóu
蝇头小利 yíng tóu xiǎo lì
蝇头微利 yíng tóu wēi lì
蝇头蜗角 yíng tóu wō jiǎo
蝇拍 yíng pāi
蝇攒蚁聚 yíng cuán yǐ jù
蝇攒蚁附 yíng cuán yǐ fù
蝇附骥尾而致千里 yíng fù jì wěi ér zhì qiān lǐ
蝉喘雷干 chán chuǎn léi gān
蝍蛆 jí qū
蝎蝎螫螫 xiē xiē zhē zhē
蝮蛇 fù shé
蝰蛇 kuí shé
蝴蝶结 hú dié jié
蝶骨 dié gǔ
融会 róng huì
融会贯通 róng huì guàn tōng
融合 róng hé
融和 róng hé
融洽无间 róng qià wú jiàn
融解 róng jiě
螳臂当车 táng bì dāng chē
螳臂挡车 táng bì dǎng chē
螳螂黄雀 táng láng huáng què
螺丝钉 luó sī dīng
螺旋 luó xuán
螺钉 luó dīng
蟒蛇 mǎng shé
蟠桃会 pán táo huì
蟾宫折桂 chán gōng zhé guì
蠕行 rú xíng
蠖屈不伸 huò qū bù shēn
蠹众木折 dù zhòng mù zhé
血亲 xuè qīn
血仇 xuè chóu
血债 xuè zhài
血债累累 xuè zhài lěi lěi
血凝固 xuè níng gù
血勇之人 xuè yǒng zhī rén
血压 xuè yā
血压计 xuè yā jì
血友病 xuè yǒu bìng
血口 xuè kǒu
血口喷人 xuè kǒu pēn rén
血吸虫 xuè xī chóng
血吸虫病 xuè xī chóng bìng
血型 xuè xíng
血型分类 xuè xíng fēn lèi
血小板 xuè xiǎo bǎn
血小板病 xuè xiǎo bǎn bìng
血尿 xuè niào
血尿素 xuè niào sù
血崩 xuè bēng
血循环 xuè xún huán
血性 xuè xìng
血性男儿 xuè xìng nán ér
血晕 xiě yùn
血本 xuè běn
血本无归 xuè běn wú guī
血枯病 xuè kū bìng
血栓 xuè shuān
血栓形成 xuè shuān xíng chéng
血栓栓塞 xuè shuān shuān sè
血气 xuè qì
血气方刚 xuè qì fāng gāng
血水 xuè shuǐ
血沉 xuè chén
血沉淀素 xuè chén diàn sù
血沉素 xuè chén sù
血泊 xuè pō
血洗 xuè xǐ
血流 xuè liú
血流成河 xuè liú chéng hé
血浆 xuè jiāng
血浆蛋白 xuè jiāng dàn bái
血浓于水 xuè nóng yú shuǐ
血海 xuè hǎi
血海深仇 xuè hǎi shēn chóu
血液 xuè yè
血液循环 xuè yè xún huán
血液病 xuè yè bìng
血液透析 xuè yè tòu xī
血液透析器 xuè yè tòu xī qì
血淋淋 xiě lín lín
血清 xuè qīng
血清病 xuè qīng bìng
血清白蛋白 xuè qīng bái dàn bái
血清素 xuè qīng sù
血球 xuè qiú
血球计数器 xuè qiú jì shù qì
血盆大口 xuè pén dà kǒu
血管 xuè guǎn
血管扩张 xuè guǎn kuò zhāng
血管收缩 xuè guǎn shōu suō
血管梗阻 xuè guǎn gěng zǔ
血管病 xuè guǎn bìng
血管破裂 xuè guǎn pò liè
血管紧张 xuè guǎn jǐn zhāng
血管舒张 xuè guǎn shū zhāng
血粉 xuè fěn
血糊糊 xiě hū hū
血糖 xuè táng
血糖高 xuè táng gāo
血红 xuè hóng
血红素 xuè hóng sù
血红色 xuè hóng sè
血红蛋白 xuè hóng dàn bái
血统 xuè tǒng
血缘 xuè yuán
血缘关系 xuè yuán guān xì
血肉 xuè ròu
血肉之躯 xuè ròu zhī qū
血肉横飞 xuè ròu héng fēi
血脉 xuè mài
血脉相通 xuè mài xiāng tōng
血腥 xuè xīng
血腥味 xuè xīng wèi
血腥镇压 xuè xīng zhèn yā
血色 xuè sè
血色素 xuè sè sù
血花 xuè huā
血衣 xuè yī
血豆腐 xiě dòu fǔ
血路 xuè lù
血道子 xiě dào zi
血量 xuè liàng
血雨腥风 xuè yǔ xīng fēng
血风肉雨 xuè fēng ròu yǔ
行不副言 xíng bù fù yán
行不胜衣 xíng bù shèng yī
行不苟合 xíng bù gǒu hé
行不贰过 xíng bù èr guò
行不通 xíng bù tōng
行不逾方 xíng bù yú fāng
行业 háng yè
行东 háng dōng
行为 xíng wéi
行乐 xíng lè
行乞 xíng qǐ
行书 xíng shū
行事 xíng shì
行云流水 xíng yún liú shuǐ
行人 xíng rén
行令 xíng lìng
行伍 háng wǔ
行会 háng huì
行侠好义 xíng xiá hào yì
行军 xíng jūn
行列 háng liè
行列式 háng liè shì
行动 xíng dòng
行包 xíng bāo
行古志今 xíng gǔ zhì jīn
行号 háng háo
行号卧泣 xíng háo wò qì
行号巷哭 xíng háo xiàng kū
行合趋同 xíng hé qū tóng
行吟 xíng yín
行吟诗人 xíng yín shī rén
行商 xíng shāng
行善 xíng shàn
行头 xíng tou
行好 xíng hǎo
行家 háng jia
行家里手 háng jiā lǐ shǒu
行将 xíng jiāng
行将就木 xíng jiāng jiù mù
行尸走肉 xíng shī zǒu ròu
行尸走骨 xíng shī zǒu gǔ
行市 háng shì
行师动众 xíng shī dòng zhòng
行帮 háng bāng
行当 háng dāng
行情 háng qíng
行成于思 xíng chéng yú sī
行政 xíng zhèng
行政处分 xíng zhèng chǔ fèn
行政处罚 xíng zhèng chǔ fá
行政法 xíng zhèng fǎ
行文 xíng wén
行方便 xíng fāng biàn
行时 xíng shí
行星 xíng xīng
行期 xíng qī
行李 xíng lǐ
行李卷儿 xíng lǐ juǎn er
行李车 xíng lǐ chē
行栈 háng zhàn
行款 háng kuǎn
行步如飞 xíng bù rú fēi
行浊言清 xíng zhuó yán qīng
行百里者半九十 xíng bǎi lǐ zhě bàn jiǔ shí
行百里者半于九十 xíng bǎi lǐ zhě bàn yú jiǔ shí
行省 xíng shěng
行礼 xíng lǐ
行经 xíng jīng
行者 xíng zhě
行者让路 xíng zhě ràng lù
行色 xíng sè
行草 xíng cǎo
行藏 xíng cáng
行藏用舍 xíng cáng yòng shě
行行出状元 háng háng chū zhuàng yuán
行行蛇蚓 háng háng shé yǐn
行装 xíng zhuāng
行规 háng guī
行诈 xíng zhà
行话 háng huà
行货 háng huò
行贾 xíng gǔ
行走 xíng zǒu
行距 háng jù
行路 xíng lù
行踪 xíng zōng
行踪无定 xíng zōng wú dìng
行车 xíng chē
行辈 háng bèi
行进 xíng jìn
行远升高 xíng yuǎn shēng gāo
行道 háng dào
行道树 xíng dào shù
行都 xíng dū
行长 háng zhǎng
行间 háng jiān
行间字里 háng jiān zì lǐ
行风 xíng fēng
衍射 yǎn shè
衒玉贾石 xuàn yù gǔ shí
衔尾相随 xián wěi xiāng suí
衔沙填海 xián shā tián hǎi
衔玉贾石 xián yù jiǎ shí
衔环结草 xián huán jié cǎo
衔石填海 xián shí tián hǎi
衔胆栖冰 xián dǎn qī bīng
街上 jiē shàng
街区 jiē qū
街坊 jiē fāng
街坊邻里 jiē fāng lín lǐ
街头 jiē tóu
街头诗 jiē tóu shī
街巷 jiē xiàng
街角 jiē jiǎo
街谈巷语 jiē tán xiàng yǔ
街谈巷说 jiē tán xiàng shuō
街面儿上 jiē miàn ér shàng
衙内 yá nèi
衡短论长 héng duǎn lùn cháng
衡量 héng liáng
衡门深巷 héng mén shēn xiàng
衣不完采 yī bù wán cǎi
衣冠 yī guān
衣冠礼乐 yī guàn lǐ lè
衣分 yī fēn
衣单食薄 yī dān shí bó
衣帽间 yī mào jiān
衣着 yī zhuó
衣租食税 yì zū shí shuì
衣绣夜行 yī xiù yè xíng
衣绣昼行 yì xiù zhòu xíng
衣被群生 yì bèi qún shēng
衣裳 yī shang
衣裳之会 yī shang zhī huì
衣钵相传 yī bō xiāng chuán
衣锦夜行 yì jǐn yè xíng
衣锦昼行 yì jǐn zhòu xíng
衣锦过乡 yì jǐn guò xiāng
衣锦还乡 yì jǐn huán xiāng
衣锦食肉 yì jǐn shí ròu
衣食 yī shí
衣食不周 yī shí bù zhōu
衣食住行 yī shí zhù xíng
补习学校 bǔ xí xué xiào
补交 bǔ jiāo
补助 bǔ zhù
补助金 bǔ zhù jīn
补发 bǔ fā
补天柱地 bǔ tiān zhù dì
补差 bǔ chà
补正 bǔ zhèng
补给 bǔ jǐ
补给线 bǔ jǐ xiàn
补编 bǔ biān
补血 bǔ xuè
补角 bǔ jiǎo
补语 bǔ yǔ
补过 bǔ guò
补过拾遗 bǔ guò shí yí
补过饰非 bǔ guò shì fēi
补酒 bǔ jiǔ
补钉 bǔ dīng
补阙拾遗 bǔ quē shí yí
表亲 biǎo qīn
表侄女 biǎo zhí nǚ
表头 biǎo tóu
表尺 biǎo chǐ
表率 biǎo shuài
表解 biǎo jiě
表语 biǎo yǔ
表里不一 biǎo lǐ bù yī
表里相依 biǎo lǐ xiāng yī
表里相应 biǎo lǐ xiāng yìng
表露 biǎo lù
衬布 chèn bù
衬纸 chèn zhǐ
衰变 shuāi biàn
衰微 shuāi wēi
衰老 shuāi lǎo
衰草 shuāi cǎo
衰落 shuāi luò
衰衣 shuāi yī
衰退 shuāi tuì
袁大头 yuán dà tóu
袂云汗雨 mèi yún hàn yǔ
袅娜 niǎo nuó
袅娜娉婷 niǎo nuó pīng tíng
袅袅娜娜 niǎo niǎo nuó nuó
袋装 dài zhuāng
袒胸露背 tǎn xiōng lù bèi
袒裼裸裎 tǎn xī luǒ chéng
袒露 tǎn lù
袖头 xiù tóu
被动 bèi dòng
被单 bèi dān
被发左衽 pī fà zuǒ rèn
被发文身 pī fà wén shēn
被发缨冠 pī fà yīng guàn
被告 bèi gào
被告人 bèi gào rén
被头 bèi tóu
被害 bèi hài
被害人 bèi hài rén
被山带河 pī shān dài hé
被甲执兵 pī jiǎ zhí bīng
被甲持兵 pī jiǎ chí bīng
被甲据鞍 pī jiǎ jù ān
被甲枕戈 pī jiǎ zhěn gē
被窝儿 bèi wō ér
被褐怀玉 pī hè huái yù
被褐怀珠 pī hè huái zhū
被覆 bèi fù
被里 bèi lǐ
被面 bèi miàn
袭来 xí lái
袷袢 qiā pàn
裁判长 cái pàn zhǎng
裁度 cái duó
裁量 cái liàng
裁长补短 cái cháng bǔ duǎn
裂变 liè biàn
裂口 liè kǒu
裂土分茅 liè tǔ fēn máo
裂开 liè kāi
裂片 liè piàn
裂眦嚼齿 liè zì jiáo chǐ
裂石穿云 liè shí chuān yún
裂裳裹足 liè cháng guǒ zú
装在闷葫芦里 zhuāng zài mèn hú lú lǐ
装模作样 zhuāng mú zuò yàng
装潢 zhuāng huáng
装潢门面 zhuāng huáng mén miàn
装甲兵 zhuāng jiǎ bīng
装甲车 zhuāng jiǎ chē
装神弄鬼 zhuāng shén nòng guǐ
装配工 zhuāng pèi gōng
装饰布 zhuāng shì bù
裕如 yù rú
裘弊金尽 qiú bì jīn jìn
裙带关系 qún dài guān xì
裙带风 qún dài fēng
裤头 kù tóu
裨将 pí jiàng
裨补 bì bǔ
裳裳 cháng cháng
裸裎袒裼 luǒ chéng tǎn xī
裸露 luǒ lù
裹挟 guǒ xié
褎然冠首 yòu rán guàn shǒu
褐衣蔬食 hè yī shū shí
褒善贬恶 bāo shàn biǎn è
褒衣危冠 bāo yī wēi guān
褚小怀大 zhǔ xiǎo huái dà
褚小杯大 zhǔ xiǎo bēi dà
褥单 rù dān
褪去 tùn qù
褪色 tuì shǎi
襟怀洒落 jīn huái sǎ luò
襟怀磊落 jīn huái lěi luò
西乐 xī yuè
西北 xī běi
西北风 xī běi fēng
西华 xī huá
西南 xī nán
西头 xī tóu
西山日薄 xī shān rì báo
西方净国 xī fāng jìng guó
西方净土 xī fāng jìng tǔ
西方国家 xī fāng guó jiā
西法 xī fǎ
西洋参 xī yáng shēn
西藏 xī zàng
西语 xī yǔ
西风 xī fēng
西风落叶 xī fēng luò yè
西食东眠 xī shí dōng mián
要不 yào bù
要不得 yào bù dé
要不是 yào bú shì
要义 yào yì
要人 yào rén
要价还价 yào jià huán jià
要冲 yào chōng
要击 yāo jī
要命 yào mìng
要图 yào tú
要地 yào dì
要塞 yào sài
要好 yào hǎo
要害 yào hài
要害之地 yào hài zhī dì
要强 yào qiáng
要得 yào de
要挟 yāo xié
要是 yào shì
要死 yào sǐ
要死不活 yào sǐ bù huó
要死要活 yào sǐ yào huó
要求 yāo qiú
要点 yào diǎn
要犯 yào fàn
要目 yào mù
要素 yào sù
要言 yào yán
要言妙道 yào yán miào dào
要路 yào lù
要道 yào dào
覆亡 fù wáng
覆亡无日 fù wáng wú rì
覆军杀将 fù jūn shā jiāng
覆地翻天 fù dì fān tiān
覆核 fù hé
覆没 fù mò
覆盖 fù gài
覆盖面 fù gài miàn
覆被 fù bèi
覆车之鉴 fù chē zhī jiàn
覆雨翻云 fù yǔ fān yún
见上帝 jiàn shàng dì
见不得 jiàn bù dé
见世面 jiàn shì miàn
见习 jiàn xí
见习生 jiàn xí shēng
见事生风 jiàn shì shēng fēng
见事风生 jiàn shì fēng shēng
见于 jiàn yú
见兔放鹰 jiàn tù fàng yīng
见其一未见其二 jiàn qí yī wèi jiàn qí èr
见利忘义 jiàn lì wàng yì
见利思义 jiàn lì sī yì
见势不妙 jiàn shì bù miào
见危授命 jiàn wēi shòu mìng
见危致命 jiàn wēi zhì mìng
见卵求鸡 jiàn luǎn qiú jī
见可而进 jiàn kě ér jìn
见告 jiàn gào
见哭兴悲 jiàn kū xīng bēi
见善必迁 jiàn shàn bì qiān
见噎废食 jiàn yē fèi shí
见地 jiàn dì
见墙见羹 jiàn qiáng jiàn gēng
见外 jiàn wài
见多识广 jiàn duō shí guǎng
见天 jiàn tiān
见好 jiàn hǎo
见始知终 jiàn shǐ zhī zhōng
见小暗大 jiàn xiǎo àn dà
见异思迁 jiàn yì sī qiān
见弃于人 jiàn qì yú rén
见得 jiàn dé
见性成佛 jiàn xìng chéng fó
见惯司空 jiàn guàn sī kōng
见所不见 jiàn suǒ bù jiàn
见所未见 jiàn suǒ wèi jiàn
见报 jiàn bào
见方 jiàn fāng
见时知几 jiàn shí zhī jǐ
见景生情 jiàn jǐng shēng qíng
见机 jiàn jī
见机而行 jiàn jī ér xíng
见棱见角 jiàn léng jiàn jiǎo
见死不救 jiàn sǐ bù jiù
见溺不救 jiàn nì bù jiù
见爱 jiàn ài
见物不见人 jiàn wù bù jiàn rén
见礼 jiàn lǐ
见神见鬼 jiàn shén jiàn guǐ
见称 jiàn chēng
见笑 jiàn xiào
见笑大方 jiàn xiào dà fāng
见素抱朴 xiàn sù bào pǔ
见经识经 jiàn jīng shí jīng
见老 jiàn lǎo
见背 jiàn bèi
见解 jiàn jiě
见证 jiàn zhèng
见证人 jiàn zhèng rén
见识 jiàn shí
见诮大方 jiàn qiào dà fāng
见貌辨色 jiàn mào biàn sè
见钱眼开 jiàn qián yǎn kāi
见钱眼红 jiàn qián yǎn hóng
见长 jiàn zhǎng
见雀张罗 jiàn què zhāng luó
见面 jiàn miàn
见面礼 jiàn miàn lǐ
见鞍思马 jiàn ān sī mǎ
见风是雨 jiàn fēng shì yǔ
见鬼 jiàn guǐ
观世音 guān shì yīn
观今宜鉴古 guān jīn yí jiàn gǔ
观众 guān zhòng
观光 guān guāng
观化听风 guān huà tīng fēng
观场矮人 guān chǎng ǎi rén
观察 guān chá
观察哨 guān chá shào
观察家 guān chá jiā
观山玩水 guān shān wán shuǐ
观形察色 guān xíng chá sè
观往知来 guān wǎng zhī lái
观念 guān niàn
观摩 guān mó
观机而动 guān jī ér dòng
观测 guān cè
观火 guān huǒ
观点 guān diǎn
观礼 guān lǐ
观者如云 guān zhě rú yún
观者如堵 guān zhě rú dǔ
观者成堵 guān zhě chéng dǔ
观貌察色 guān mào chá sè
观赏 guān shǎng
观赏鱼 guān shǎng yú
观赛 guān sài
观隅反三 guān yú fǎn sān
观音 guān yīn
观音土 guān yīn tǔ
观风 guān fēng
规天矩地 guī tiān jǔ dì
规旋矩折 guī xuán jǔ shé
规模 guī mó
规正 guī zhèng
规求无度 guī qiú wú dù
规重矩叠 guī chóng jǔ dié
规重矩迭 guī zhòng jǔ dié
觅食 mì shí
视丹如绿 shì dān rú lǜ
视同拱璧 shì tóng gǒng bì
视同路人 shì tóng lù rén
视同陌路 shì tóng mò lù
视如土芥 shì rú tǔ jiè
视如寇仇 shì rú kòu chóu
视如草芥 shì rú cǎo jiè
视差 shì chà
视微知著 shì wēi zhī zhuó
视死若归 shì sǐ ruò guī
视死若生 shì sǐ ruò shēng
视点 shì diǎn
视而不见 shì ér bù jiàn
视若路人 shì ruò lù rén
视角 shì jiǎo
视远步高 shì yuǎn bù gāo
览闻辩见 lǎn wén biàn jiàn
觉得 jué de
觐见 jìn jiàn
角力 jué lì
角动量 jiǎo dòng liàng
角尺 jiǎo chǐ
角巾东路 jiǎo jīn dōng lù
角度 jiǎo dù
角户分门 jiǎo hù fēn mén
角斗 jué dòu
角立杰出 jiǎo lì jié chū
角色 jué sè
角落 jiǎo luò
角质 jiǎo zhì
角逐 jué zhú
角速度 jiǎo sù dù
角铁 jiǎo tiě
角门 jiǎo mén
解下 jiě xià
解人难得 jiě rén nán dé
解兵释甲 jiě bīng shì jiǎ
解冻 jiě dòng
解剑拜仇 jiě jiàn bài chóu
解剖 jiě pōu
解剖麻雀 jiě pōu má què
解劝 jiě quàn
解吸 jiě xī
解嘲 jiě cháo
解困 jiě kùn
解差 jiè chāi
解开 jiě kāi
解弦更张 jiě xián gēng zhāng
解愁 jiě chóu
解手 jiě shǒu
解扣儿 jiě kòu ér
解放 jiě fàng
解放军 jiě fàng jūn
解放区 jiě fàng qū
解放战争 jiě fàng zhàn zhēng
解救 jiě jiù
解数 xiè shù
解析 jiě xī
解析几何 jiě xī jǐ hé
解款 jiè kuǎn
解民倒悬 jiě mín dào xuán
解池 xiè chí
解法 xiè fǎ
解热 jiě rè
解甲 jiě jiǎ
解甲休兵 jiě jiǎ xiū bīng
解疑 jiě yí
解离 jiě lí
解衣包火 jiě yī bāo huǒ
解衣卸甲 jiě yī xiè jiǎ
解衣抱火 jiě yī bào huǒ
解衣推食 jiě yī tuī shí
解衣槃磅 jiě yī pán páng
解衣盘磅 jiě yī pán páng
解衣磅礴 jiě yī páng bó
解衣衣人 jiě yī yī rén
解表 jiě biǎo
解解 jiě jiě
解说 jiě shuō
解调 jiě tiáo
解送 jiè sòng
解酒 jiě jiǔ
解释 jiě shì
解铃还是系铃人 jiě líng hái shì xì líng rén
解铃还需系铃人 jiě líng hái xū xì líng rén
解铃还须系铃人 jiě líng hái xū xì líng rén
解铃须用系铃人 jiě líng xū yòng xì líng rén
解难 jiě nán
解饿 jiě è
解骖推食 jiě cān tuī shí
触发 chù fā
触发器 chù fā qì
触地号天 chù dì hào tiān
触处机来 chù chǔ jī lái
触斗蛮争 chù dòu mán zhēng
触景伤心 chù jǐng shāng xīn
触景伤情 chù jǐng shāng qíng
触景生情 chù jǐng shēng qíng
触机便发 chù jī biàn fā
触石决木 chù shí jué mù
触类旁通 chù lèi páng tōng
触类而长 chù lèi ér cháng
触角 chù jiǎo
触霉头 chù méi tóu
言三语四 yán sān yǔ sì
言不及义 yán bù jí yì
言不及行 yán bù jí xíng
言不由中 yán bù yóu zhōng
言不顾行 yán bù gù xíng
言中 yán zhōng
言为心声 yán wéi xīn shēng
言之不预 yán zhī bù yù
言之有故 yán zhī yǒu gù
言之有礼 yán zhī yǒu lǐ
言从计听 yán cóng jì tīng
言从计纳 yán cóng jì nà
言从计行 yán cóng jì xíng
言传 yán chuán
言出祸从 yán chū huò cóng
言发祸随 yán fā huò suí
言听事行 yán tīng shì xíng
言听行从 yán tīng xíng cóng
言听计从 yán tīng jì cóng
言听计行 yán tīng jì xíng
言和 yán hé
言多伤行 yán duō shāng xíng
言多语失 yán duō yǔ shī
言归于好 yán guī yú hǎo
言归和好 yán guī hé hǎo
言归正传 yán guī zhèng zhuàn
言必有中 yán bì yǒu zhòng
言提其耳 yán tí qí ěr
言无不尽 yán wú bù jìn
言者不知 yán zhě bù zhī
言者弗知 yán zhě fú zhī
言而不信 yán ér bù xìn
言而无信 yán ér wú xìn
言而有信 yán ér yǒu xìn
言若悬河 yán ruò xuán hé
言行 yán xíng
言行不一 yán xíng bù yī
言行抱一 yán xíng bào yī
言行相顾 yán xíng xiāng gù
言行若一 yán xíng ruò yī
言行计从 yán xíng jì cóng
言论 yán lùn
言论风生 yán lùn fēng shēng
言词恳切 yán cí kěn qiè
言语 yán yǔ
言语妙天下 yán yǔ miào tiān xià
言语路绝 yán yǔ lù jué
言语道断 yán yǔ dào duàn
言说 yán shuō
言重 yán zhòng
言重九鼎 yán zhòng jiǔ dǐng
言颠语倒 yán diān yǔ dǎo
詀言詀语 zhān yán zhān yǔ
詹言曲说 zhān yán qǔ shuō
誉不绝口 yù bù jué kǒu
誓不两立 shì bù liǎng lì
誓同生死 shì tóng shēng sǐ
誓天断发 shì tiān duàn fā
誓死不二 shì sǐ bù èr
誓死不屈 shì sǐ bù qū
謷牙诘屈 áo yá jié qū
警匪片 jǐng fěi piàn
警句 jǐng jù
警备区 jǐng bèi qū
警纪 jǐng jì
警语 jǐng yǔ
警车 jǐng chē
警长 jǐng zhǎng
警风 jǐng fēng
计上心头 jì shàng xīn tóu
计上心来 jì shàng xīn lái
计不反顾 jì bù fǎn gù
计不返顾 jì bù fǎn gù
计出万死 jì chū wàn sǐ
计功行封 jì gōng xíng fēng
计功补过 jì gōng bǔ guò
计合谋从 jì hé móu cóng
计将安出 jì jiāng ān chū
计斗负才 jì dòu fù cái
计日以俟 jì rì yǐ sì
计日以期 jì rì yǐ qī
计日可期 jì rì kě qī
计日指期 jì rì zhǐ qī
计日而俟 jì rì ér sì
计程表 jì chéng biǎo
计税 jì shuì
计穷力尽 jì qióng lì jìn
计穷势迫 jì qióng shì pò
计穷虑尽 jì qióng lǜ jìn
计算机网络 jì suàn jī wǎng luò
计行虑义 jì xíng lǜ yì
计行言听 jì xíng yán tīng
计量 jì liàng
订单 dìng dān
订正 dìng zhèng
认亲 rèn qīn
认仇作父 rèn chóu zuò fù
认可 rèn kě
认同 rèn tóng
认头 rèn tóu
认影为头 rèn yǐng wéi tóu
认影迷头 rèn yǐng mí tóu
认得 rèn de
认敌作父 rèn dí zuò fù
认知 rèn zhī
认识 rèn shí
认识论 rèn shí lùn
认贼为父 rèn zéi wéi fù
认贼作父 rèn zéi zuò fù
讥嘲 jī cháo
讥弹 jī tán
讨亲 tǎo qīn
讨价还价 tǎo jià huán jià
讨便宜 tǎo pián yí
讨好 tǎo hǎo
讨恶翦暴 tǎo è jiǎn bào
讨论 tǎo lùn
讨还 tǎo huán
让利 ràng lì
训练有素 xùn liàn yǒu sù
议不反顾 yì bù fǎn gù
议会 yì huì
议和 yì hé
议论 yì lùn
议论文 yì lùn wén
议论纷纷 yì lùn fēn fēn
议论英发 yì lùn yīng fā
议论风发 yì lùn fēng fā
议论风生 yì lùn fēng shēng
议长 yì zhǎng
记仇 jì chóu
记分 jì fēn
记功忘过 jì gōng wàng guò
记录片 jì lù piàn
记得 jì de
记时 jì shí
记过 jì guò
讲古论今 jiǎng gǔ lùn jīn
讲和 jiǎng hé
讲好 jiǎng hǎo
讲情面 jiǎng qíng miàn
讲是说非 jiǎng shì shuō fēi
讲经说法 jiǎng jīng shuō fǎ
讲解 jiǎng jiě
讳树数马 huì shù shù mǎ
讳莫如深 huì mò rú shēn
讳莫高深 huì mò gāo shēn
讷口少言 nè kǒu shǎo yán
讷言敏行 nè yán mǐn xíng
许下 xǔ xià
许久 xǔ jiǔ
许亲 xǔ qīn
许可 xǔ kě
许多 xǔ duō
许是 xǔ shì
许身 xǔ shēn
许配 xǔ pèi
讹传 é chuán
论世知人 lùn shì zhī rén
论争 lùn zhēng
论交 lùn jiāo
论今说古 lùn jīn shuō gǔ
论列 lùn liè
论列是非 lùn liè shì fēi
论功行封 lùn gōng xíng fēng
论千论万 lùn qiān lùn wàn
论德使能 lùn dé shǐ néng
论文 lùn wén
论断 lùn duàn
论点 lùn diǎn
论短道长 lùn duǎn dào cháng
论议风生 lùn yì fēng shēng
论证 lùn zhèng
论证会 lùn zhèng huì
论语 lún yǔ
论说 lùn shuō
论说文 lùn shuō wén
论调 lùn diào
论辩 lùn biàn
论辩风生 lùn biàn fēng shēng
论道 lùn dào
论长说短 lùn cháng shuō duǎn
论长道短 lùn cháng dào duǎn
论高寡合 lùn gāo guǎ hé
论黄数白 lùn huáng shù bái
讽多要寡 fěng duō yào guǎ
设卡 shè kǎ
设点 shè diǎn
设身处地 shè shēn chǔ dì
访查 fǎng chá
诀别 jué bié
证据 zhèng jù
证据确凿 zhèng jù què záo
证明人 zhèng míng rén
证明信 zhèng míng xìn
证见 zhèng jiàn
诃佛诋巫 hē fó dǐ wū
评传 píng zhuàn
评分 píng fēn
评功摆好 píng gōng bǎi hǎo
评卷 píng juàn
评委 píng wěi
评委会 píng wěi huì
评弹 píng tán
评标 píng biāo
评论 píng lùn
评论家 píng lùn jiā
评语 píng yǔ
评说 píng shuō
评量 píng liàng
识二五而不知十 shí èr wǔ ér bù zhī shí
识别 shí bié
识多才广 shí duō cái guǎng
识字 shí zì
识微知著 shí wēi zhī zhuó
识微见几 shí wēi jiàn jǐ
识才 shí cái
识文断字 shí wén duàn zì
识文谈字 shí wén tán zì
识时达变 shí shí dá biàn
识时通变 shí shí tōng biàn
识明智审 shí míng zhì shěn
识涂老马 shí tú lǎo mǎ
识相 shí xiàng
识破 shí pò
识羞 shí xiū
识见 shí jiàn
识途老马 shí tú lǎo mǎ
诈痴不颠 zhà chī bù diān
诈称 zhà chēng
诈语 zhà yǔ
诈降 zhà xiáng
诉说 sù shuō
诊脉 zhěn mài
诌上抑下 zhōu shàng yì xià
词严义正 cí yán yì zhèng
词令 cí lìng
词句 cí jù
词头 cí tóu
词无枝叶 cí wú zhī yè
词正理直 cí zhèng lǐ zhí
词甚切激 cí shèn qiè jī
词穷理尽 cí qióng lǐ jìn
词约指明 cí yuē zhǐ míng
词言义正 cí yán yì zhèng
词语 cí yǔ
词调 cí diào
诎寸信尺 qū cùn xìn chǐ
译制片 yì zhì piàn
译意风 yì yì fēng
试养 shì yǎng
试卷 shì juàn
试射 shì shè
试片 shì piàn
试行 shì xíng
试车 shì chē
试金石 shì jīn shí
诗中有画 shī zhōng yǒu huà
诗会 shī huì
诗兴 shī xìng
诗句 shī jù
诗礼之家 shī lǐ zhī jiā
诗礼人家 shī lǐ rén jiā
诗礼传家 shī lǐ chuán jiā
诗行 shī háng
诗论 shī lùn
诗酒风流 shī jiǔ fēng liú
诗风 shī fēng
诘屈 jí qū
诘屈磝碻 jí qū áo qiāo
诘屈聱牙 jí qū áo yá
诘屈謷牙 jié qū áo yá
诘戎治兵 jié róng zhì bīng
诘曲聱牙 jié qǔ áo yá
诘朝 jí cháo
诘诎聱牙 jié qū áo yá
诘责 jié zé
诘问 jié wèn
诘难 jié nán
诚信 chéng xìn
诚招 chéng zhāo
诚朴 chéng piáo
诛尽杀绝 zhū jìn shā jué
诛心之论 zhū xīn zhī lùn
诛求无度 zhū qiú wú dù
话不相投 huà bù xiāng tóu
话不虚传 huà bù xū chuán
话中有话 huà zhōng yǒu huà
话别 huà bié
话外音 huà wài yīn
话头 huà tóu
话把儿 huà bà er
话言话语 huà yán huà yǔ
话语 huà yǔ
话说 huà shuō
话里有话 huà lǐ yǒu huà
话长说短 huà cháng shuō duǎn
诞妄不经 dàn wàng bù jīng
诞幻不经 dàn huàn bù jīng
诞罔不经 dàn wǎng bù jīng
诞谩不经 dàn màn bù jīng
诟龟呼天 gòu guī hū tiān
诡奇 guǐ qí
诡秘 guǐ mì
诡秘莫测 guǐ mì mò cè
诡称 guǐ chēng
诡言浮说 guǐ yán fú shuō
诡诞不经 guǐ dàn bù jīng
询查 xún chá
询谋佥同 xún móu qiān tóng
询谋谘度 xún móu zī dù
该当 gāi dāng
该着 gāi zháo
详图 xiáng tú
详尽 xiáng jìn
详悉 xiáng xī
详情 xiáng qíng
详明 xiáng míng
详星拜斗 xiáng xīng bài dǒu
详细 xiáng xì
详解 xiáng jiě
语不惊人 yǔ bù jīng rén
语云 yǔ yún
语体 yǔ tǐ
语体文 yǔ tǐ wén
语句 yǔ jù
语四言三 yǔ sì yán sān
语塞 yǔ sè
语声 yǔ shēng
语妙天下 yǔ miào tiān xià
语文 yǔ wén
语法 yǔ fǎ
语源 yǔ yuán
语病 yǔ bìng
语短情长 yǔ duǎn qíng cháng
语笑喧呼 yǔ xiào xuān hū
语系 yǔ xì
语素 yǔ sù
语言 yǔ yán
语言关 yǔ yán guān
语言无味 yǔ yán wú wèi
语调 yǔ diào
语近词冗 yǔ jìn cí rǒng
语重心沉 yǔ zhòng xīn chén
语重心长 yǔ zhòng xīn cháng
语重情深 yǔ zhòng qíng shēn
语长心重 yǔ cháng xīn zhòng
语音 yǔ yīn
误会 wù huì
误传 wù chuán
误信 wù xìn
误差 wù chā
误期 wù qī
误称 wù chēng
误解 wù jiě
误车 wù chē
误食 wù shí
误餐 wù cān
诱供 yòu gòng
诱发 yòu fā
诱掖 yòu yè
诱掖后进 yòu yè hòu jìn
诱掖奖劝 yòu yè jiǎng quàn
诱迫 yòu pò
诱降 yòu xiáng
诲人不倦 huì rén bù juàn
诲人不惓 huì rén bù juàn
诳语 kuáng yǔ
说一不二 shuō yī bù èr
说三道四 shuō sān dào sì
说不上 shuō bù shàng
说不出口 shuō bù chū kǒu
说不定 shuō bù dìng
说不得 shuō bù dé
说不来 shuō bù lái
说不清 shuō bù qīng
说不着 shuō bù zháo
说东谈西 shuō dōng tán xī
说东道西 shuō dōng dào xī
说亲 shuō qīn
说亲道热 shuō qīn dào rè
说今道古 shuō jīn dào gǔ
说千说万 shuō qiān shuō wàn
说千道万 shuō qiān dào wàn
说古谈今 shuō gǔ tán jīn
说古道今 shuō gǔ dào jīn
说合 shuō hé
说和 shuō hé
说咸道淡 shuō xián dào dàn
说嘴 shuō zuǐ
说嘴郎中 shuō zuǐ láng zhōng
说地谈天 shuō dì tán tiān
说大话 shuō dà huà
说头 shuō tóu
说头儿 shuō tou er
说好 shuō hǎo
说实在的 shuō shí zài de
说实话 shuō shí huà
说开 shuō kāi
说得来 shuō de lái
说情 shuō qíng
说文解字 shuō wén jiě zì
说明 shuō míng
说明文 shuō míng wén
说是 shuō shì
说是弄非 shuō shì nòng fēi
说是谈非 shuō shì tán fēi
说是道非 shuō shì dào fēi
说来话长 shuō lái huà cháng
说梦话 shuō mèng huà
说死 shuō sǐ
说法 shuō fǎ
说漂亮话 shuō piào liàng huà
说白 shuō bái
说白道绿 shuō bái dào lǜ
说真的 shuō zhēn de
说瞎话 shuō xiā huà
说短论长 shuō duǎn lùn cháng
说短道长 shuō duǎn dào cháng
说破 shuō pò
说穿 shuō chuān
说笑 shuō xiào
说笑话 shuō xiào huà
说话 shuō huà
说起来 shuō qǐ lái
说道 shuō dào
说长论短 shuō cháng lùn duǎn
说长话短 shuō cháng huà duǎn
说长说短 shuō cháng shuō duǎn
说长道短 shuō cháng dào duǎn
说闲话 shuō xián huà
说黑道白 shuō hēi dào bái
请便 qǐng biàn
请将不如激将 qǐng jiàng bù rú jī jiàng
请自隗始 qǐng zì wěi shǐ
请见 qǐng jiàn
请调 qǐng diào
请降 qǐng xiáng
诸侯 zhū hóu
诸子百家 zhū zǐ bǎi jiā
诸宫调 zhū gōng diào
诸有此类 zhū yǒu cǐ lèi
诸若此类 zhū ruò cǐ lèi
诺曼底登陆 nuò màn dǐ dēng lù
读不舍手 dú bù shě shǒu
读书 dú shū
读书三余 dú shū sān yú
读书人 dú shū rén
读书得间 dú shū dé jiàn
读数 dú shù
读本 dú běn
读法 dú fǎ
读破 dú pò
读经 dú jīng
读音 dú yīn
课卷 kè juàn
课嘴撩牙 kè zuǐ liáo yá
课语讹言 kè yǔ é yán
课长 kè zhǎng
课间 kè jiān
诿过 wěi guò
谁家 shuí jiā
谁的 shéi de
谁都 shéi dōu
调三惑四 tiáo sān huò sì
调三斡四 tiáo sān wò sì
调三窝四 tiáo sān wō sì
调丝品竹 tiáo sī pǐn zhú
调人 tiáo rén
调价 tiáo jià
调侃 tiáo kǎn
调停 tiáo tíng
调停两用 tiáo tíng liǎng yòng
调光 tiáo guāng
调兵遣将 diào bīng qiǎn jiàng
调养 tiáo yǎng
调准 tiáo zhǔn
调制 tiáo zhì
调剂 tiáo jì
调动 diào dòng
调匀 tiáo yún
调包 diào bāo
调协 tiáo xié
调卷 diào juàn
调取 diào qǔ
调合 tiáo hé
调味 tiáo wèi
调味品 tiáo wèi pǐn
调和 tiáo hé
调和阴阳 tiáo hé yīn yáng
调和鼎鼐 tiáo hé dǐng nài
调唆 tiáo suō
调唇弄舌 tiáo chún nòng shé
调嘴学舌 tiáo zuǐ xué shé
调嘴弄舌 tiáo zuǐ nòng shé
调嘴调舌 tiáo zuǐ diào shé
调回 diào huí
调墨弄笔 tiáo mò nòng bǐ
调处 tiáo chǔ
调头 diào tóu
调幅 tiáo fú
调干 diào gàn
调度 diào dù
调弄 tiáo nòng
调弦品竹 diào xián pǐn zhú
调息 tiáo xī
调情 tiáo qíng
调戏 tiáo xì
调护 tiáo hù
调换 diào huàn
调控 tiáo kòng
调摄 tiáo shè
调教 tiáo jiào
调整 tiáo zhěng
调料 tiáo liào
调朱傅粉 tiáo zhū fù fěn
调朱弄粉 tiáo zhū nòng fěn
调查 diào chá
调查研究 diào chá yán jiū
调档 tiáo dàng
调正 tiáo zhèng
调治 tiáo zhì
调温 tiáo wēn
调焦 tiáo jiāo
调理 tiáo lǐ
调理阴阳 tiáo lǐ yīn yáng
调用 diào yòng
调皮 tiáo pí
调皮鬼 tiáo pí guǐ
调神畅情 tiáo shén chàng qíng
调离 diào lí
调笑 tiáo xiào
调级 tiáo jí
调经 tiáo jīng
调羹 tiáo gēng
调脂弄粉 tiáo zhī nòng fěn
调舌弄唇 tiáo shé nòng chún
调良稳泛 tiáo liáng wěn fàn
调色 tiáo sè
调色板 tiáo sè bǎn
调节 tiáo jié
调节税 tiáo jié shuì
调虎离山 diào hǔ lí shān
调解 tiáo jiě
调词架讼 tiáo cí jià sòng
调试 tiáo shì
调调 tiáo diào
调谐 tiáo xié
调谑 tiáo xuè
调资 tiáo zī
调转 diào zhuǎn
调适 tiáo shì
调配 diào pèi
调门 diào mén
调门儿 diào mén ér
调音 tiáo yīn
调频 tiáo pín
调风变俗 tiáo fēng biàn sú
调风弄月 tiáo fēng nòng yuè
谄上傲下 chǎn shàng ào xià
谄上抑下 chǎn shàng yì xià
谄上欺下 chǎn shàng qī xià
谄上骄下 chǎn shàng jiāo xià
谄词令色 chǎn cí lìng sè
谅解 liàng jiě
谆谆不倦 zhūn zhūn bù juàn
谈不上 tán bù shàng
谈不容口 tán bù róng kǒu
谈今论古 tán jīn lùn gǔ
谈兴 tán xìng
谈古论今 tán gǔ lùn jīn
谈古说今 tán gǔ shuō jīn
谈吐 tán tǔ
谈吐生风 tán tǔ shēng fēng
谈吐风生 tán tǔ fēng shēng
谈圆说通 tán yuán shuō tōng
谈天论地 tán tiān lùn dì
谈天说地 tán tiān shuō dì
谈开 tán kāi
谈得来 tán de lái
谈情说爱 tán qíng shuō ài
谈玄说妙 tán xuán shuō miào
谈空说有 tán kōng shuō yǒu
谈笑封侯 tán xiào fēng hóu
谈笑风生 tán xiào fēng shēng
谈若悬河 tán ruò xuán hé
谈言微中 tán yán wēi zhòng
谈议风生 tán yì fēng shēng
谈论 tán lùn
谈论风生 tán lùn fēng shēng
谋听计行 móu tīng jì xíng
谋夫孔多 móu fū kǒng duō
谋臣如雨 móu chén rú yǔ
谋臣武将 móu chén wǔ jiàng
谋臣猛将 móu chén měng jiāng
谎称 huǎng chēng
谎言 huǎng yán
谓予不信 wèi yú bù xìn
谗言佞语 chán yán nìng yǔ
谛分审布 dì fēn shěn bù
谠言嘉论 dǎng yán jiā lùn
谢兰燕桂 xiè lán yàn guì
谢天谢地 xiè tiān xiè dì
谢家宝树 xiè jiā bǎo shù
谢家活计 xiè jiā huó jì
谣传 yáo chuán
谣风 yáo fēng
谦冲 qiān chōng
谦和 qiān hé
谦称 qiān chēng
谨上 jǐn shàng
谨行俭用 jǐn xíng jiǎn yòng
谨言慎行 jǐn yán shèn xíng
谨身节用 jǐn shēn jié yòng
谩天昧地 mán tiān mèi dì
谩天谩地 màn tiān màn dì
谩辞哗说 màn cí huá shuō
谬妄无稽 miù wàng wú jī
谬种 miù zhǒng
谬种流传 miù zhǒng liú chuán
谬论 miù lùn
谬说 miù shuō
谬采虚声 miù cǎi xū shēng
谭天说地 tán tiān shuō dì
谭言微中 tán yán wēi zhòng
谮下谩上 zèn xià mán shàng
谱系 pǔ xì
谲而不正 jué ér bù zhèng
谵语 zhān yǔ
谶语 chèn yǔ
谷地 gǔ dì
谷壳儿 gǔ ké er
谷雨 gǔ yǔ
豁人耳目 huò rén ěr mù
豁免 huò miǎn
豁出 huō chū
豁口 huō kǒu
豁嘴 huō zuǐ
豁拳 huá quán
豁然 huò rán
豁然省悟 huò rán xǐng wù
豁然贯通 huò rán guàn tōng
豁达 huò dá
豁达大度 huò dá dà dù
豆剖瓜分 dòu pōu guā fēn
豆沙 dòu shā
豆瓣儿 dòu bàn er
豆绿 dòu lǜ
豆腐 dòu fǔ
豆腐干 dòu fǔ gān
豆花儿 dòu huā er
豆蔻年华 dòu kòu nián huá
豆角 dòu jiǎo
豆角儿 dòu jué ér
豆豉 dòu chǐ
豆重榆瞑 dòu chóng yú míng
豌豆黄 wān dòu huáng
豕交兽畜 shǐ jiāo shòu chù
豕分蛇断 shǐ fēn shé duàn
豕食丐衣 shǐ shí gài yī
豪兴 háo xìng
豪华 háo huá
豪取智笼 háo qǔ zhì lóng
豪商巨贾 háo shāng jù gǔ
豪干暴取 háo gàn bào qǔ
豪强 háo qiáng
豪言壮语 háo yán zhuàng yǔ
豪语 háo yǔ
豪迈不群 háo mài bù qún
豪雨 háo yǔ
豫见 yù jiàn
豺狼当路 chái láng dāng lù
豺狼当道 chái láng dāng dào
豺狼横道 chái láng héng dào
貂狗相属 diāo gǒu xiāng shǔ
貌不惊人 mào bù jīng rén
貌似 mào sì
貌似强大 mào sì qiáng dà
貌合形离 mào hé xíng lí
貌合心离 mào hé xīn lí
貌合情离 mào hé qíng lí
貌合神离 mào hé shén lí
貌合行离 mào hé xíng lí
貌相 mào xiàng
貌离神合 mào lí shén hé
贝勒 bèi lè
贞元会合 zhēn yuán huì hé
贞女 zhēn nǚ
贞松劲柏 zhēn sōng jìng bǎi
负任蒙劳 fù rèn méng láo
负俗之累 fù sú zhī lèi
负债累累 fù zhài lěi lěi
负地矜才 fù dì jīn cái
负德背义 fù dé bèi yì
负恩背义 fù ēn bèi yì
负数 fù shù
负材矜地 fù cái jīn dì
负片 fù piàn
负石赴河 fù shí fù hé
负累 fù lèi
负衡据鼎 fù héng jù dǐng
负重 fù zhòng
贡禹弹冠 gòng yǔ tán guān
贡酒 gòng jiǔ
财不露白 cái bù lù bái
财会 cái kuài
财政寡头 cái zhèng guǎ tóu
财殚力尽 cái dān lì jìn
财殚力痡 cái dān lì pū
财竭力尽 cái jié lì jìn
财运亨通 cái yùn hēng tōng
财长 cái zhǎng
责任 zé rèn
责任事故 zé rèn shì gù
责任心 zé rèn xīn
责打 zé dǎ
责有所归 zé yǒu suǒ guī
责有攸归 zé yǒu yōu guī
责权利 zé quán lì
贤能 xián néng
贤良方正 xián liáng fāng zhèng
败俗伤风 bài sú shāng fēng
败兴 bài xìng
败兴而归 bài xìng ér guī
败兵 bài bīng
败军之将 bài jūn zhī jiàng
败化伤风 bài huà shāng fēng
败北 bài běi
败叶 bài yè
败国丧家 bài guó sàng jiā
败国亡家 bài guó wáng jiā
败家 bài jiā
败将 bài jiàng
败将残兵 bài jiàng cán bīng
败德辱行 bài dé rǔ xíng
败法乱纪 bài fǎ luàn jì
败落 bài luò
败血 bài xuè
败血病 bài xuè bìng
败露 bài lù
账单 zhàng dān
货单 huò dān
货流 huò liú
货畅其流 huò chàng qí liú
货贿公行 huò huì gōng xíng
货赂公行 huò lù gōng xíng
货赂大行 huò lù dà xíng
货车 huò chē
货运量 huò yùn liàng
货郎 huò láng
货郎鼓 huò láng gǔ
质因数 zhì yīn shù
质地 zhì dì
质当 zhì dàng
质数 zhì shù
质朴 zhì piáo
质疑 zhì yí
质的 zhì dì
质而不野 zhì ér bù yě
质量 zhì liàng
贩黄 fàn huáng
贪便宜 tān pián yí
贪占 tān zhàn
贪墨成风 tān mò chéng fēng
贪多务得 tān duō wù dé
贪多嚼不烂 tān duō jiáo bù làn
贪大求洋 tān dà qiú yáng
贪夫徇财 tān fū xùn cái
贪夫殉利 tān fū xùn lì
贪夫狥利 tān fū xùn lì
贪夫狥财 tān fū xùn cái
贪小失大 tān xiǎo shī dà
贪得无厌 tān dé wú yàn
贪惏无餍 tān lín wú yàn
贪污犯 tān wū fàn
贪污狼藉 tān wū láng jí
贪玩儿 tān wán er
贪生恶死 tān shēng wù sǐ
贪睡 tān shuì
贪而无信 tān ér wú xìn
贪财好色 tān cái hào sè
贪赃坏法 tān zāng huài fǎ
贪食 tān shí
贫下中农 pín xià zhōng nóng
贫嘴薄舌 pín zuǐ bó shé
贫困潦倒 pín kùn liáo dǎo
贫无立锥之地 pín wú lì zhuī zhī dì
贫病交迫 pín bìng jiāo pò
贫而乐道 pín ér lè dào
贫血 pín xuè
贫贱不移 pín jiàn bù yí
贫贱不能移 pín jiàn bù néng yí
贫贱之知 pín jiàn zhī zhī
贬称 biǎn chēng
购得 gòu dé
购物中心 gòu wù zhōng xīn
贮藏 zhù cáng
贮量 zhù liàng
贯斗双龙 guàn dòu shuāng lóng
贯朽粟红 guàn xiǔ sù hóng
贯穿融会 guàn chuān róng huì
贯通融会 guàn tōng róng huì
贱内 jiàn nèi
贱敛贵发 jiàn liǎn guì fā
贱骨头 jiàn gú tou
贲临 bì lín
贲星 bēn xīng
贲溃 bēn kuì
贲门 bēn mén
贴切 tiē qiè
贴合 tiē hé
贴心人 tiē xīn rén
贴心话 tiē xīn huà
贴本儿 tiē běn er
贴着 tiē zhe
贵不召骄 guì bù zhào jiāo
贵不可言 guì bù kě yán
贵不期骄 guì bù qī jiāo
贵在知心 guì zài zhī xīn
贵少贱老 guì shǎo jiàn lǎo
贵干 guì gàn
贵贱无二 guì jiàn wú èr
贵远贱近 guì yuǎn jiàn jìn
贵远鄙近 guì yuǎn bǐ jìn
贵重 guì zhòng
贵金属 guì jīn shǔ
贸易逆差 mào yì nì chā
贸易顺差 mào yì shùn chā
贸易风 mào yì fēng
贸首之仇 mào shǒu zhī chóu
费劲 fèi jìn
费尽心血 fèi jìn xīn xuè
费解 fèi jiě
贺信 hè xìn
贺卡 hè kǎ
贺岁片 hè suì piàn
贺年卡 hè nián kǎ
贺年片 hè nián piàn
贻笑大方 yí xiào dà fāng
贻累 yí lèi
贼心不死 zéi xīn bù sǐ
贼风 zéi fēng
贼骨头 zéi gú tou
贽见 zhì jiàn
贾人 gǔ rén
贾官 jiǎ guān
贾欺 jiǎ qī
贾用 gǔ yòng
贾祸 gǔ huò
贾贸 gǔ mào
贾道 jiǎ dào
贾马 gǔ mǎ
贿货公行 huì huò gōng xíng
贿赂公行 huì lù gōng xíng
贿赂并行 huì lù bìng xíng
贿金 huì jīn
赁耳佣目 lìn ěr yōng mù
赃污狼藉 zāng wū láng jí
赃私狼藉 zāng sī láng jí
赃秽狼藉 zāng huì láng jí
赃货狼藉 zāng huò láng jí
赃贿狼藉 zāng huì láng jí
资信 zī xìn
资本主义社会 zī běn zhǔ yì shè huì
资本家 zī běn jiā
资本论 zī běn lùn
资深望重 zī shēn wàng zhòng
赋有 fù yǒu
赌长较短 dǔ cháng jiào duǎn
赌风 dǔ fēng
赍志以没 jī zhì yǐ méi
赍志而没 jī zhì ér mò
赍粮藉寇 jī liáng jiè kòu
赎当 shú dàng
赏不当功 shǎng bù dāng gōng
赏不逾日 shǎng bù yú rì
赏不逾时 shǎng bù yú shí
赏信罚必 shǎng xìn fá bì
赏信罚明 shǎng xìn fá míng
赏善罚否 shǎng shàn fá fǒu
赏善罚恶 shǎng shàn fá è
赏奇析疑 shǎng qí xī yí
赏罚不明 shǎng fá bù míng
赏罚信明 shǎng fá xìn míng
赏罚分明 shǎng fá fēn míng
赏花 shǎng huā
赏识 shǎng shí
赏贤使能 shǎng xián shǐ néng
赏贤罚暴 shǎng xián fá bào
赐给 cì gěi
赔了夫人又折兵 péi le fū rén yòu zhé bīng
赔还 péi huán
赖有此耳 lài yǒu cǐ ěr
赘食太仓 zhuì shí tài cāng
赚头 zhuàn tou
赚得 zuàn de
赛会 sài huì
赛似 sài sì
赛区 sài qū
赛期 sài qī
赛璐玢 sài lù fēn
赛跑 sài pǎo
赛车 sài chē
赛过 sài guò
赞不绝口 zàn bù jué kǒu
赞口不绝 zàn kǒu bù jué
赞同 zàn tóng
赞声不绝 zàn shēng bù jué
赞语 zàn yǔ
赠别 zèng bié
赠给 zèng gěi
赢家 yíng jiā
赢得 yíng dé
赤地 chì dì
赤地千里 chì dì qiān lǐ
赤红 chì hóng
赤练蛇 chì liàn shé
赤绳系足 chì shéng jì zú
赤背 chì bèi
赤露 chì lù
赧颜汗下 nǎn yán hàn xià
赫赫有名 hè hè yǒu míng
赭石 zhě shí
赭衣塞路 zhě yī sè lù
赭黄色 zhě huáng sè
走为上着 zǒu wéi shàng zhāo
走为上计 zǒu wéi shàng jì
走伏无地 zǒu fú wú dì
走南闯北 zǒu nán chuǎng běi
走头无路 zǒu tóu wú lù
走好 zǒu hǎo
走娘家 zǒu niáng jiā
走投没路 zǒu tóu méi lù
走石飞沙 zǒu shí fēi shā
走私犯 zǒu sī fàn
走红 zǒu hóng
走老路 zǒu lǎo lù
走花溜冰 zǒu huā liū bīng
走花溜水 zǒu huā liū shuǐ
走街串巷 zǒu jiē chuàn xiàng
走读 zǒu dú
走读生 zǒu dú shēng
走调 zǒu diào
走调儿 zǒu diào ér
走风 zǒu fēng
走马看花 zǒu mǎ kàn huā
走马观花 zǒu mǎ guān huā
走高 zǒu gāo
赴会 fù huì
赴汤蹈火 fù tāng dǎo huǒ
赶上 gǎn shàng
赶不上 gǎn bù shàng
赶会 gǎn huì
赶先进 gǎn xiān jìn
赶尽杀绝 gǎn jìn shā jué
赶庙会 gǎn miào huì
赶得上 gǎn de shàng
赶活儿 gǎn huó er
赶浪头 gǎn làng tou
赶着 gǎn zhe
赶趟 gǎn tàng
赶趟儿 gǎn tàng ér
赶跑 gǎn pǎo
赶车 gǎn chē
起兴 qǐ xìng
起劲 qǐ jìn
起头 qǐ tóu
起家 qǐ jiā
起承转合 qǐ chéng zhuǎn hé
起拍 qǐ pāi
起死人而肉白骨 qǐ sǐ rén ér ròu bái gǔ
起死人肉白骨 qǐ sǐ rén ròu bái gǔ
起疑 qǐ yí
起落 qǐ luò
起行 qǐ xíng
起见 qǐ jiàn
起解 qǐ jiè
起跑 qǐ pǎo
起跳 qǐ tiào
起重 qǐ zhòng
起降 qǐ jiàng
起风 qǐ fēng
趁便 chèn biàn
趁水和泥 chèn shuǐ huò ní
趁热打铁 chèn rè dǎ tiě
趁空 chèn kòng
超一流 chāo yì liú
超今冠古 chāo jīn guàn gǔ
超低空 chāo dī kōng
超凡人圣 chāo fán rén shèng
超度 chāo dù
超度众生 chāo dù zhòng shēng
超期 chāo qī
超水平 chāo shuǐ píng
超然不群 chāo rán bù qún
超然自得 chāo rán zì dé
超然远引 chāo rán yuǎn yǐn
超级大国 chāo jí dà guó
超薄 chāo báo
超豪华 chāo háo huá
超车 chāo chē
超过 chāo guò
超采 chāo cǎi
超重 chāo zhòng
超量 chāo liàng
超长 chāo cháng
超高压 chāo gāo yā
超高温 chāo gāo wēn
超高频 chāo gāo pín
越是 yuè shì
越野赛 yuè yě sài
越鸟南栖 yuè niǎo nán qī
趋利 qū lì
趋奉 qū fèng
趋时 qū shí
趋炎附热 qū yán fù rè
趋近 qū jìn
趋附 qū fù
趔趄 liè qiè
趟地 tāng dì
趟水 tāng shuǐ
趟马 tàng mǎ
趣味 qù wèi
趣话 qù huà
足不出门 zú bù chū mén
足兵足食 zú bīng zú shí
足尺加二 zú chǐ jiā èr
足衣足食 zú yī zú shí
足见 zú jiàn
足足有余 zú zú yǒu yú
足跟 zú gēn
足踏实地 zú tà shí dì
足食丰衣 zú shí fēng yī
足食足兵 zú shí zú bīng
足高气强 zú gāo qì qiáng
趿拉 tā lā
跃然纸上 yuè rán zhǐ shàng
跋前疐后 bá qián zhì hòu
跌倒 diē dǎo
跌宕风流 diē dàng fēng liú
跌荡风流 diē dàng fēng liú
跌落 diē luò
跐着门槛 cǐ zhe mén kǎn
跑了和尚跑不了寺 pǎo le hé shàng pǎo bù le sì
跑了和尚跑不了庙 pǎo le hé shàng pǎo bù le miào
跑光 pǎo guāng
跑动 pǎo dòng
跑反 pǎo fǎn
跑堂 pǎo táng
跑堂儿 pǎo táng er
跑外 pǎo wài
跑电 pǎo diàn
跑码头 pǎo mǎ tou
跑腿 pǎo tuǐ
跑腿儿 pǎo tuǐ ér
跑表 pǎo biǎo
跑警报 pǎo jǐng bào
跑调 pǎo diào
跑跑跳跳 pǎo pǎo tiào tiào
跑跑颠颠 pǎo pǎo diān diān
跑车 pǎo chē
跑道 pǎo dào
跑马 pǎo mǎ
跑马卖解 pǎo mǎ mài xiè
跑马观花 pǎo mǎ guān huā
跛行 bǒ xíng
跛行千里 bǒ xíng qiān lǐ
跟上 gēn shàng
跟从 gēn cóng
跟头 gēn tou
跟差 gēn chāi
跟斗 gēn dǒu
跟班儿 gēn bān er
跟着 gēn zhe
跣足科头 xiǎn zú kē tóu
跨凤乘鸾 kuà fèng chéng luán
跨凤乘龙 kuà fèng chéng lóng
跨山压海 kuà shān yā hǎi
跨年度 kuà nián dù
跨度 kuà dù
跨行业 kuà háng yè
跨院儿 kuà yuàn er
跪倒 guì dǎo
路上 lù shàng
路不拾遗 lù bù shí yí
路人皆知 lù rén jiē zhī
路卡 lù qiǎ
路头 lù tóu
路数 lù shù
路无拾遗 lù wú shí yí
路见不平 lù jiàn bù píng
路过 lù guò
路风 lù fēng
跳丸日月 tiào wán rì yuè
跳井 tiào jǐng
跳伞 tiào sǎn
跳伞塔 tiào sǎn tǎ
跳出 tiào chū
跳到黄河洗不清 tiào dào huáng hé xǐ bù qīng
跳动 tiào dòng
跳在黄河洗不清 tiào zài huáng hé xǐ bù qīng
跳月 tiào yuè
跳栏 tiào lán
跳梁 tiào liáng
跳梁小丑 tiào liáng xiǎo chǒu
跳棋 tiào qí
跳水 tiào shuǐ
跳河 tiào hé
跳皮筋 tiào pí jīn
跳皮筋儿 tiào pí jīn er
跳神 tiào shén
跳空 tiào kōng
跳绳 tiào shéng
跳行 tiào háng
跳起来 tiào qǐ lái
跳进黄河洗不清 tiào jìn huáng hé xǐ bù qīng
跳马 tiào mǎ
跳高 tiào gāo
践土食毛 jiàn tǔ shí máo
践行 jiàn xíng
跼地籥天 jú dì yuè tiān
跼天促地 jú tiān cù dì
跼天蹐地 jú tiān jí dì
踏空 tà kōng
踏脚石 tà jiǎo shí
踔厉奋发 chuō lì fèn fā
踔厉风发 chuō lì fēng fā
踔厉骏发 chuō lì jùn fā
踔绝之能 chuō jué zhī néng
踝子骨 huái zi gǔ
踝骨 huái gǔ
踞炉炭上 jù lú tàn shàng
踢天弄井 tī tiān nòng jǐng
踢打 tī dǎ
踣地呼天 bó dì hū tiān
踩点 cǎi diǎn
踵事增华 zhǒng shì zēng huá
踵决肘见 zhǒng jué zhǒu jiàn
踵接肩摩 zhǒng jiē jiān mó
踽踽独行 jǔ jǔ dú xíng
蹀躞不下 dié xiè bù xià
蹄閒三寻 tí jiàn sān xún
蹄间三寻 tí jiān sān xún
蹇人上天 jiǎn rén shàng tiān
蹈刃不旋 dǎo rèn bù xuán
蹈厉奋发 dǎo lì fèn fā
蹈汤赴火 dǎo tāng fù huǒ
蹈火探汤 dǎo huǒ tàn tāng
蹈火赴汤 dǎo huǒ fù tāng
蹈节死义 dǎo jié sǐ yì
蹈赴汤火 dǎo fù tāng huǒ
蹈锋饮血 dǎo fēng yǐn xuè
蹐地局天 jí dì jú tiān
蹐地跼天 jí dì jú tiān
蹑影藏形 niè yǐng cáng xíng
蹑影追风 niè yǐng zhuī fēng
蹑足其间 niè zú qí jiān
蹦跳 bèng tiào
蹦蹦跳跳 bèng bèng tiào tiào
蹿跳 cuān tiào
躁言丑句 zào yán chǒu jù
身上 shēn shàng
身不由主 shēn bù yóu zhǔ
身不遇时 shēn bù yù shí
身体 shēn tǐ
身体力行 shēn tǐ lì xíng
身做身当 shēn zuò shēn dāng
身先朝露 shēn xiān zhāo lù
身分 shēn fèn
身单力薄 shēn dān lì bó
身后识方干 shēn hòu shí fāng gān
身子 shēn zi
身子骨 shēn zi gǔ
身家 shēn jiā
身家性命 shēn jiā xìng mìng
身居 shēn jū
身废名裂 shēn fèi míng liè
身当矢石 shēn dāng shǐ shí
身微力薄 shēn wēi lì báo
身怀六甲 shēn huái liù jiǎ
身无分文 shēn wú fēn wén
身无择行 shēn wú zé xíng
身无长处 shēn wú cháng chù
身无长物 shēn wú cháng wù
身条 shēn tiáo
身条儿 shēn tiáo er
身败名裂 shēn bài míng liè
身远心近 shēn yuǎn xīn jìn
身量 shēn liàng
身长 shēn cháng
身非木石 shēn fēi mù shí
身首异地 shēn shǒu yì dì
躬亲 gōng qīn
躬体力行 gōng tǐ lì xíng
躬冒矢石 gōng mào shǐ shí
躬耕乐道 gōng gēng lè dào
躬自菲薄 gōng zì fěi bó
躬行 gōng xíng
躬蹈矢石 gōng dǎo shǐ shí
躬逢其盛 gōng féng qí shèng
躯壳 qū qiào
躯干 qū gàn
躲藏 duǒ cáng
躲风 duǒ fēng
躺倒 tǎng dǎo
车主 chē zhǔ
车刀 chē dāo
车到山前必有路 chē dào shān qián bì yǒu lù
车削 chē xiāo
车圈 chē quān
车头 chē tóu
车工 chē gōng
车手 chē shǒu
车掌 chē zhǎng
车无退表 chē wú tuì biǎo
车棚 chē péng
车水马龙 chē shuǐ mǎ lóng
车流 chē liú
车行 chē háng
车行道 chē xíng dào
车裂 chē liè
车身 chē shēn
车轱辘 chē gū lù
车轱辘话 chē gū lù huà
车载 chē zài
车载斗量 chē zài dǒu liáng
车载船装 chē zǎi chuán zhuāng
车道 chē dào
车门 chē mén
车间 chē jiān
车马 chē mǎ
车马填门 chē mǎ tián mén
车马炮 jū mǎ pào
车马盈门 chē mǎ yíng mén
轧机 zhá jī
轧账 gá zhàng
轧辊 zhá gǔn
轧钢 zhá gāng
轧钢厂 zhá gāng chǎng
轧钢机 zhá gāng jī
轨度 guǐ dù
轩然大波 xuān rán dà bō
轩盖如云 xuān gài rú yún
轩轩甚得 xuān xuān shèn dé
轩轾不分 xuān zhì bù fēn
转义 zhuǎn yì
转乘 zhuǎn chéng
转交 zhuǎn jiāo
转借 zhuǎn jiè
转入 zhuǎn rù
转关系 zhuǎn guān xì
转动 zhuǎn dòng
转包 zhuǎn bāo
转发 zhuǎn fā
转变 zhuǎn biàn
转口 zhuǎn kǒu
转告 zhuǎn gào
转回 zhuǎn huí
转圈 zhuàn quān
转头 zhuǎn tóu
转学 zhuǎn xué
转学生 zhuǎn xué shēng
转干 zhuǎn gàn
转引 zhuǎn yǐn
转弯 zhuǎn wān
转弯抹角 zhuǎn wān mò jiǎo
转弯磨角 zhuǎn wān mó jiǎo
转念 zhuǎn niàn
转悠 zhuàn yōu
转战 zhuǎn zhàn
转战千里 zhuǎn zhàn qiān lǐ
转手 zhuǎn shǒu
转折 zhuǎn zhé
转折点 zhuǎn zhé diǎn
转换 zhuǎn huàn
转捩 zhuǎn liè
转捩点 zhuǎn liè diǎn
转文 zhuǎi wén
转斗千里 zhuǎn dòu qiān lǐ
转日回天 zhuǎn rì huí tiān
转暖 zhuǎn nuǎn
转正 zhuǎn zhèng
转海回天 zhuǎn hǎi huí tiān
转湾抹角 zhuǎn wān mò jiǎo
转生 zhuǎn shēng
转眼 zhuǎn yǎn
转眼之间 zhuǎn yǎn zhī jiān
转眼间 zhuǎn yǎn jiān
转瞬 zhuǎn shùn
转瞬之间 zhuǎn shùn zhī jiān
转移 zhuǎn yí
转行 zhuǎn háng
转角 zhuǎn jiǎo
转调 zhuǎn diào
转败为功 zhuǎn bài wéi gōng
转败为成 zhuǎn bài wéi chéng
转败为胜 zhuǎn bài wéi shèng
转身 zhuǎn shēn
转车 zhuǎn chē
转转 zhuǎn zhuǎn
转辗反侧 zhuǎn zhǎn fǎn cè
转送 zhuǎn sòng
转道 zhuǎn dào
转门 zhuàn mén
转阴 zhuǎn yīn
轮圈 lún quān
轮机长 lún jī zhǎng
轮番 lún fān
轮空 lún kōng
轮转 lún zhuàn
软和 ruǎn huo
软尺 ruǎn chǐ
软指标 ruǎn zhǐ biāo
软泥 ruǎn ní
软片 ruǎn piàn
软着陆 ruǎn zhuó lù
软硬不吃 ruǎn yìng bù chī
软红香土 ruǎn hóng xiāng tǔ
软肋 ruǎn lèi
软膏 ruǎn gāo
软语温言 ruǎn yǔ wēn yán
软谈丽语 ruǎn tán lì yǔ
软风 ruǎn fēng
软食 ruǎn shí
软骨 ruǎn gǔ
软骨头 ruǎn gú tou
软骨病 ruǎn gǔ bìng
软骨鱼 ruǎn gǔ yú
轰天烈地 hōng tiān liè dì
轰天裂地 hōng tiān liè dì
轰隆 hōng lōng
轴对称 zhóu duì chèn
轴心 zhóu xīn
轴瓦 zhóu wǎ
轸宿 zhěn xiù
轻举远游 qīng jǔ yuǎn yóu
轻便 qīng biàn
轻信 qīng xìn
轻傜薄赋 qīng yáo bó fù
轻卒锐兵 qīng zú ruì bīng
轻口薄舌 qīng kǒu bó shé
轻吞慢吐 qīng tūn màn tǔ
轻吟 qīng yín
轻嘴薄舌 qīng zuǐ bó shé
轻尘栖弱草 qīng chén qī ruò cǎo
轻度 qīng dù
轻徭薄税 qīng yáo báo shuì
轻死重义 qīng sǐ zhòng yì
轻率 qīng shuài
轻生重义 qīng shēng zhòng yì
轻省 qīng shěng
轻若鸿毛 qīng ruò hóng máo
轻薄 qīng bó
轻薄无知 qīng báo wú zhī
轻薄无礼 qīng báo wú lǐ
轻薄无行 qīng báo wú xíng
轻装简从 qīng zhuāng jiǎn cóng
轻言寡信 qīng yán guǎ xìn
轻言细语 qīng yán xì yǔ
轻言软语 qīng yán ruǎn yǔ
轻言轻语 qīng yán qīng yǔ
轻诺寡信 qīng nuò guǎ xìn
轻财好义 qīng cái hào yì
轻财重义 qīng cái zhòng yì
轻身重义 qīng shēn zhòng yì
轻车减从 qīng chē jiǎn cóng
轻车熟路 qīng chē shú lù
轻车熟道 qīng chē shú dào
轻车简从 qīng chē jiǎn cóng
轻重 qīng zhòng
轻重缓急 qīng zhòng huǎn jí
轻金属 qīng jīn shǔ
轻音乐 qīng yīn yuè
轻风 qīng fēng
轻骑兵 qīng qí bīng
轻骑减从 qīng qí jiǎn cóng
轻骑简从 qīng qí jiǎn cóng
载一抱素 zài yī bào sù
载沉载浮 zài chén zài fú
载波 zài bō
载笑载言 zài xiào zài yán
载酒问字 zài jiǔ wèn zì
载重 zài zhòng
载重汽车 zài zhòng qì chē
载重量 zài zhòng liàng
载频 zài pín
轿车 jiào chē
较劲 jiào jìn
较大 jiào dà
较好 jiào hǎo
较差 jiào chà
较德焯勤 jiào dé zhuō qín
较武论文 jiào wǔ lùn wén
较短比长 jiào duǎn bǐ cháng
较短絜长 jiào duǎn xié cháng
较短量长 jiào duǎn liáng cháng
较若画一 jiào ruò huà yī
较量 jiào liàng
较长絜短 jiào cháng xié duǎn
辅世长民 fǔ shì zhǎng mín
辅相 fǔ xiàng
辅车唇齿 fǔ chē chún chǐ
辅车相依 fǔ chē xiāng yī
辅车相将 fǔ chē xiāng jiāng
辈分 bèi fēn
辈数 bèi shù
辈数儿 bèi shù ér
辉石 huī shí
辎重 zī zhòng
辐射 fú shè
辐射源 fú shè yuán
辐射能 fú shè néng
输家 shū jiā
输尿管 shū niào guǎn
输血 shū xuè
输财助边 shū cái zhù biān
辔头 pèi tóu
辖区 xiá qū
辗转 zhǎn zhuǎn
辗转反侧 zhǎn zhuǎn fǎn cè
辜恩背义 gū ēn bèi yì
辞不获命 cí bù huò mìng
辞不达义 cí bù dá yì
辞严义正 cí yán yì zhèng
辞严意正 cí yán yì zhèng
辞严气正 cí yán qì zhèng
辞严谊正 cí yán yì zhèng
辞别 cí bié
辞句 cí jù
辞行 cí xíng
辟举 bì jǔ
辟书 bì shū
辟召 bì zhào
辟地 pì dì
辟引 bì yǐn
辟谷 bì gǔ
辟邪 bì xié
辨别 biàn bié
辨正 biàn zhèng
辨若悬河 biàn ruò xuán hé
辨识 biàn shí
辩手 biàn shǒu
辩正 biàn zhèng
辩解 biàn jiě
辩论 biàn lùn
辩说 biàn shuō
辱没 rǔ mò
边上 biān shàng
边区 biān qū
边卡 biān qiǎ
边地 biān dì
边塞 biān sài
边角 biān jiǎo
边防哨 biān fáng shào
达人知命 dá rén zhī mìng
达姆弹 dá mǔ dàn
达官知命 dá guān zhī mìng
达官要人 dá guān yào rén
达摩 dá mó
达权知变 dá quán zhī biàn
迁出 qiān chū
迁善去恶 qiān shàn qù è
迁善改过 qiān shàn gǎi guò
迁善黜恶 qiān shàn chù è
迁客骚人 qiān kè sāo rén
迁都 qiān dū
迂回曲折 yū huí qū zhé
迂论 yū lùn
迂谈阔论 yū tán kuò lùn
迅跑 xùn pǎo
迅雷不及掩耳 xùn léi bù jí yǎn ěr
过于 guò yú
过五关 guò wǔ guān
过五关斩六将 guò wǔ guān zhǎn liù jiàng
过人 guò rén
过从 guò cóng
过关 guò guān
过关斩将 guò guān zhǎn jiàng
过冷 guò lěng
过分 guò fèn
过劲 guò jìn
过劲儿 guò jìn er
过化存神 guò huà cún shén
过午 guò wǔ
过半 guò bàn
过半数 guò bàn shù
过后 guò hòu
过堂 guò táng
过堂风 guò táng fēng
过境 guò jìng
过夏 guò xià
过多 guò duō
过夜 guò yè
过大 guò dà
过失 guò shī
过失杀人 guò shī shā rén
过头 guò tóu
过家家 guō jiā jiā
过屠大嚼 guò tú dà jué
过屠门而大嚼 guò tú mén ér dà jué
过市招摇 guò shì zhāo yáo
过度 guò dù
过当 guò dàng
过往 guò wǎng
过心 guò xīn
过手 guò shǒu
过敏 guò mǐn
过敏反应 guò mǐn fǎn yìng
过时 guò shí
过时黄花 guò shí huáng huā
过期 guò qī
过来 guò lái
过来人 guò lái rén
过水面 guò shuǐ miàn
过活 guò huó
过滤 guò lǜ
过滤嘴 guò lǜ zuǐ
过滤嘴儿 guò lǜ zuǐ er
过激 guò jī
过火 guò huǒ
过热 guò rè
过生日 guò shēng rì
过电 guò diàn
过目 guò mù
过目不忘 guò mù bù wàng
过眼 guò yǎn
过眼烟云 guò yǎn yān yún
过磅 guò bàng
过礼 guò lǐ
过细 guò xì
过而能改 guò ér néng gǎi
过节 guò jié
过节儿 guò jié ér
过话 guò huà
过路 guò lù
过路财神 guò lù cái shén
过道 guò dào
过都历块 guò dū lì kuài
过重 guò zhòng
过量 guò liàng
过长 guò cháng
过门 guò mén
过门不入 guò mén bù rù
过门儿 guò mén er
过问 guò wèn
迈上 mài shàng
迎亲 yíng qīn
迎刃以解 yíng rèn yǐ jiě
迎刃冰解 yíng rèn bīng jiě
迎刃立解 yíng rèn lì jiě
迎刃而解 yíng rèn ér jiě
迎合 yíng hé
迎头 yíng tóu
迎头痛击 yíng tóu tòng jī
迎头赶上 yíng tóu gǎn shàng
迎神赛会 yíng shén sài huì
迎风 yíng fēng
迎风待月 yíng fēng dài yuè
运之掌上 yùn zhī zhǎng shàng
运动会 yùn dòng huì
运动健将 yùn dòng jiàn jiàng
运动衣 yùn dòng yī
运动量 yùn dòng liàng
运单 yùn dān
运数 yùn shù
运斤如风 yùn jīn rú fēng
运斤成风 yùn jīn chéng fēng
运旺时盛 yùn wàng shí shèng
运筹出奇 yùn chóu chū qí
运算放大器 yùn suàn fàng dà qì
运能 yùn néng
运行 yùn xíng
运转 yùn zhuàn
运转时来 yùn zhuǎn shí lái
运输量 yùn shū liàng
运量 yùn liàng
近交远攻 jìn jiāo yuǎn gōng
近亲 jìn qīn
近似 jìn sì
近似值 jìn sì zhí
近体诗 jìn tǐ shī
近在咫尺 jìn zài zhǐ chǐ
近地点 jìn dì diǎn
近悦远来 jìn yuè yuǎn lái
近期 jìn qī
近朱者赤 jìn zhū zhě chì
近水楼台 jìn shuǐ lóu tái
近水楼台先得月 jìn shuǐ lóu tái xiān dé yuè
近程导弹 jìn chéng dǎo dàn
返本还元 fǎn běn huán yuán
返本还原 fǎn běn huán yuán
返本还源 fǎn běn huán yuán
返朴归真 fǎn pǔ guī zhēn
返朴还淳 fǎn pǔ huán chún
返朴还真 fǎn pǔ huán zhēn
返老还童 fǎn lǎo huán tóng
返观内视 fǎn guān nèi shì
返迁 fǎn qiān
返还 fǎn huán
返邪归正 fǎn xié guī zhèng
还乡 huán xiāng
还乡团 huán xiāng tuán
还乡昼锦 huán xiāng zhòu jǐn
还书 huán shū
还价 huán jià
还俗 huán sú
还债 huán zhài
还元返本 huán yuán fǎn běn
还击 huán jī
还原 huán yuán
还原反本 huán yuán fǎn běn
还原染料 huán yuán rǎn liào
还口 huán kǒu
还君明珠 huán jūn míng zhū
还嘴 huán zuǐ
还好 hái hǎo
还席 huán xí
还年却老 huán nián què lǎo
还年卻老 huán nián què lǎo
还年驻色 huán nián zhù sè
还情 huán qíng
还愿 huán yuàn
还我河山 huán wǒ hé shān
还手 huán shǒu
还报 huán bào
还是 hái shì
还本 huán běn
还朴反古 huán pǔ fǎn gǔ
还款 hái kuǎn
还淳反古 huán chún fǎn gǔ
还淳反朴 huán chún fǎn pǔ
还淳反素 huán chún fǎn sù
还淳返朴 huán chún fǎn pǔ
还清 huán qīng
还珠 huán zhū
还珠买椟 huán zhū mǎi dú
还珠合浦 huán zhū hé pǔ
还珠返璧 huán zhū fǎn bì
还礼 huán lǐ
还童 huán tóng
还给 huán gěi
还账 huán zhàng
还贷 huán dài
还醇返朴 huán chún fǎn pǔ
还钱 huán qián
还阳 huán yáng
还魂 huán hún
这么 zhè me
这么点儿 zhè me diǎn er
这么着 zhè me zhe
这会儿 zhè huì er
这儿 zhè ér
这山望着那山高 zhè shān wàng zhe nà shān gāo
这点 zhè diǎn
这般 zhè bān
这边 zhè biān
这里 zhè lǐ
进一步 jìn yí bù
进修生 jìn xiū shēng
进剿 jìn jiǎo
进化 jìn huà
进化论 jìn huà lùn
进发 jìn fā
进可替不 jìn kě tì bù
进可替否 jìn kě tì fǒu
进善惩恶 jìn shàn chéng è
进善退恶 jìn shàn tuì è
进善黜恶 jìn shàn chù è
进壤广地 jìn rǎng guǎng dì
进寸退尺 jìn cùn tuì chǐ
进射 jìn shè
进尺 jìn chǐ
进度 jìn dù
进流 jìn liú
进种善群 jìn zhǒng shàn qún
进给 jìn jǐ
进给量 jìn jǐ liàng
进见 jìn jiàn
进贤任能 jìn xián rèn néng
进贤兴功 jìn xián xīng gōng
进贤屏恶 jìn xián píng è
进贤拔能 jìn xián bá néng
进贤用能 jìn xián yòng néng
进贤达能 jìn xián dá néng
进贤进能 jìn xián jìn néng
进贤黜恶 jìn xián chù è
进退中度 jìn tuì zhòng dù
进退中绳 jìn tuì zhōng shéng
进退可否 jìn tuì kě fǒu
进退可度 jìn tuì kě dù
进退有度 jìn tuì yǒu dù
进退消长 jìn tuì xiāo cháng
进退狐疑 jìn tuì hú yí
进道若退 jìn dào ruò tuì
进食 jìn shí
远不间亲 yuǎn bù jiàn qīn
远东 yuǎn dōng
远交近攻 yuǎn jiāo jìn gōng
远亲 yuǎn qīn
远别 yuǎn bié
远古 yuǎn gǔ
远地 yuǎn dì
远大 yuǎn dà
远天 yuǎn tiān
远年近岁 yuǎn nián jìn suì
远年近日 yuǎn nián jìn rì
远扬 yuǎn yáng
远方 yuǎn fāng
远期 yuǎn qī
远来和尚好看经 yuǎn lái hé shàng hǎo kàn jīng
远水不救近火 yuǎn shuǐ bù jiù jìn huǒ
远水救不了近火 yuǎn shuǐ jiù bù liǎo jìn huǒ
远水救不得近火 yuǎn shuǐ jiù bù dé jìn huǒ
远水解不了近渴 yuǎn shuǐ jiě bù liǎo jìn kě
远洋 yuǎn yáng
远海 yuǎn hǎi
远涉重洋 yuǎn shè chóng yáng
远溯博索 yuǎn sù bó suǒ
远略 yuǎn lüè
远离 yuǎn lí
远虑 yuǎn lǜ
远行 yuǎn xíng
远见 yuǎn jiàn
远见卓识 yuǎn jiàn zhuó shí
远视 yuǎn shì
远识 yuǎn shí
远走高飞 yuǎn zǒu gāo fēi
远距离 yuǎn jù lí
远路 yuǎn lù
远近 yuǎn jìn
远道 yuǎn dào
远郊 yuǎn jiāo
远郊区 yuǎn jiāo qū
远门 yuǎn mén
远隔 yuǎn gé
远非 yuǎn fēi
违和 wéi hé
违心之论 wéi xīn zhī lùn
违拗 wéi ào
违条犯法 wéi tiáo fàn fǎ
违条舞法 wéi tiáo wǔ fǎ
违法乱纪 wéi fǎ luàn jì
违禁 wéi jìn
违禁品 wéi jìn pǐn
违纪 wéi jì
违背 wéi bèi
连三并四 lián sān bìng sì
连二并三 lián èr bìng sān
连冠 lián guān
连发 lián fā
连合 lián hé
连天匝地 lián tiān zā dì
连山排海 lián shān pái hǎi
连更彻夜 lián gēng chè yè
连更星夜 lián gēng xīng yè
连更晓夜 lián gēng xiǎo yè
连枝分叶 lián zhī fēn yè
连枝带叶 lián zhī dài yè
连枝并头 lián zhī bìng tóu
连汤带水 lián tāng dài shuǐ
连珠合璧 lián zhū hé bì
连理分枝 lián lǐ fēn zhī
连理枝 lián lǐ zhī
连番 lián fān
连累 lián lěi
连结 lián jié
连绵不断 lián mián bù duàn
连绵不绝 lián mián bù jué
连街倒巷 lián jiē dǎo xiàng
连跑带跳 lián pǎo dài tiào
连蹦带跳 lián bèng dài tiào
连车平斗 lián chē píng dǒu
连载 lián zǎi
连载小说 lián zǎi xiǎo shuō
连锁反应 lián suǒ fǎn yìng
连镳并轸 lián biāo bìng zhěn
连长 lián zhǎng
迟疑 chí yí
迟疑不定 chí yí bù dìng
迟疑不断 chí yí bù duàn
迟迟吾行 chí chí wú xíng
迥不犹人 jiǒng bù yóu rén
迥乎不同 jiǒng hū bù tóng
迥然不同 jiǒng rán bù tóng
迥然不群 jiǒng rán bù qún
迫临 pò lín
迫于 pò yú
迫击 pǎi jī
迫击炮 pǎi jī pào
迫击炮弹 pǎi jī pào dàn
迫切 pò qiè
迫近 pò jìn
迫降 pò jiàng
迭矩重规 dié jǔ chóng guī
述语 shù yǔ
述说 shù shuō
迷信 mí xìn
迷恋骸骨 mí liàn hái gǔ
迷惑不解 mí huò bù jiě
迷涂知反 mí tú zhī fǎn
迷而不反 mí ér bù fǎn
迷而不返 mí ér bù fǎn
迷而知反 mí ér zhī fǎn
迷而知返 mí ér zhī fǎn
迷蒙 mí méng
迷途知反 mí tú zhī fǎn
迷途知返 mí tú zhī fǎn
迷魂汤 mí hún tāng
迸发 bèng fā
迸射 bèng shè
迸裂 bèng liè
迹地 jì dì
追云逐电 zhuī yún zhú diàn
追亡逐北 zhuī wáng zhú běi
追亡逐遁 zhuī wáng zhú dùn
追兵 zhuī bīng
追击 zhuī jī
追剿 zhuī jiǎo
追加 zhuī jiā
追堵 zhuī dǔ
追奔逐北 zhuī bēn zhú běi
追寻 zhuī xún
追念 zhuī niàn
追悼 zhuī dào
追悼会 zhuī dào huì
追本溯源 zhuī běn sù yuán
追本穷源 zhuī běn qióng yuán
追查 zhuī chá
追根 zhuī gēn
追根查源 zhuī gēn chá yuán
追根求源 zhuī gēn qiú yuán
追根溯源 zhuī gēn sù yuán
追根穷源 zhuī gēn qióng yuán
追欢作乐 zhuī huān zuò lè
追欢取乐 zhuī huān qǔ lè
追比 zhuī bǐ
追求 zhuī qiú
追究 zhuī jiū
追索 zhuī suǒ
追补 zhuī bǔ
追讨 zhuī tǎo
追趋逐耆 zhuī qū zhú shì
追还 zhuī huán
追远慎终 zhuī yuǎn shèn zhōng
追逐 zhuī zhú
追问 zhuī wèn
追随 zhuī suí
追风 zhuī fēng
追风掣电 zhuī fēng chè diàn
追风逐日 zhuī fēng zhú rì
追风逐电 zhuī fēng zhú diàn
追魂 zhuī hún
追魂夺命 zhuī hún duó mìng
退亲 tuì qīn
退休 tuì xiū
退休金 tuì xiū jīn
退堂鼓 tuì táng gǔ
退思补过 tuì sī bǔ guò
退有后言 tuì yǒu hòu yán
退朝 tuì cháo
退礼 tuì lǐ
退缩 tuì suō
退行 tuì xíng
退还 tuì huán
退避三舍 tuì bì sān shè
退食自公 tuì shí zì gōng
送亲 sòng qīn
送佛送到西天 sòng fó sòng dào xī tiān
送信 sòng xìn
送信儿 sòng xìn ér
送别 sòng bié
送子观音 sòng zǐ guān yīn
送给 sòng gěi
送行 sòng xíng
送货上门 sòng huò shàng mén
送还 sòng huán
送风 sòng fēng
适中 shì zhōng
适于 shì yú
适从 shì cóng
适以相成 shì yǐ xiāng chéng
适切 shì qiè
适合 shì hé
适如其分 shì rú qí fèn
适居其反 shì jū qí fǎn
适应 shì yìng
适度 shì dù
适当 shì dàng
适当其冲 shì dāng qí chōng
适当其时 shì dāng qí shí
适得其反 shì dé qí fǎn
适性任情 shì xìng rèn qíng
适情率意 shì qíng shuài yì
适逢其会 shì féng qí huì
适逢其时 shì féng qí shí
适量 shì liàng
逃之天天 táo zhī tiān tiān
逃跑 táo pǎo
逆差 nì chà
逆施倒行 nì shī dǎo xíng
逆耳利行 nì ěr lì xíng
逆行 nì xíng
逆转 nì zhuǎn
逆风 nì fēng
选区 xuǎn qū
选发 xuǎn fā
选择 xuǎn zé
选调 xuǎn diào
选贤与能 xuǎn xián yǔ néng
选贤举能 xuǎn xián jǔ néng
选贤任能 xuǎn xián rèn néng
逍遥自得 xiāo yáo zì dé
透信 tòu xìn
透射 tòu shè
透明度 tòu míng dù
透辟 tòu pì
透过 tòu guò
透雨 tòu yǔ
透露 tòu lù
透风 tòu fēng
透骨 tòu gǔ
透骨酸心 tòu gǔ suān xīn
逐句 zhú jù
逐句逐字 zhú jù zhú zì
逐字逐句 zhú zì zhú jù
逐日追风 zhú rì zhuī fēng
逐机应变 zhú jī yìng biàn
逐物不还 zhú wù bù huán
逐电追风 zhú diàn zhuī fēng
逐臭 zhú chòu
逐风追电 zhú fēng zhuī diàn
递解 dì jiè
递降 dì jiàng
途中 tú zhōng
逗乐 dòu lè
逗弄 dòu nòng
逗趣 dòu qù
逗趣儿 dòu qù ér
通上彻下 tōng shàng chè xià
通便 tōng biàn
通信 tōng xìn
通信兵 tōng xìn bīng
通信卫星 tōng xìn wèi xīng
通儒达识 tōng rú dá shí
通元识微 tōng yuán shí wēi
通共 tōng gòng
通共有无 tōng gòng yǒu wú
通分 tōng fēn
通勤车 tōng qín chē
通南彻北 tōng nán chè běi
通同 tōng tóng
通天彻地 tōng tiān chè dì
通天达地 tōng tiān dá dì
通好 tōng hǎo
通家 tōng jiā
通家之好 tōng jiā zhī hǎo
通宿 tōng sù
通才练识 tōng cái liàn shí
通文调武 tōng wén diào wǔ
通无共有 tōng wú gòng yǒu
通时合变 tōng shí hé biàn
通材达识 tōng cái dá shí
通知 tōng zhī
通知单 tōng zhī dān
通称 tōng chēng
通篇 tōng piān
通红 tōng hóng
通行 tōng xíng
通解 tōng jiě
通讯兵 tōng xùn bīng
通论 tōng lùn
通货紧缩 tōng huò jǐn suō
通车 tōng chē
通过 tōng guò
通邑大都 tōng yì dà dōu
通都大邑 tōng dū dà yì
通量 tōng liàng
通风 tōng fēng
通风报信 tōng fēng bào xìn
通风讨信 tōng fēng tǎo xìn
逞妍斗色 chěng yán dòu sè
逞威风 chěng wēi fēng
逞异夸能 chěng yì kuā néng
逞强 chěng qiáng
逞强好胜 chěng qiáng hào shèng
逞强称能 chěng qiáng chēng néng
逞怪披奇 chěng guài pī qí
逞能 chěng néng
速射 sù shè
速度 sù dù
速率 sù lǜ
速生 sù shēng
速食面 sù shí miàn
造化 zào huà
造化小儿 zào huà xiǎo ér
造句 zào jù
逢凶化吉 féng xiōng huà jí
逢君之恶 féng jūn zhī è
逢场作乐 féng chǎng zuò lè
逢场竿木 féng chǎng gān mù
逢恶导非 féng è dǎo fēi
逢机遘会 féng jī gòu huì
逶迤 wēi yí
逶迤退食 wēi yí tuì shí
逸乐 yì lè
逸以待劳 yì yǐ dài láo
逸兴云飞 yì xìng yún fēi
逸兴横飞 yì xìng héng fēi
逸兴遄飞 yì xìng chuán fēi
逸态横生 yì tài héng shēng
逸趣横生 yì qù héng shēng
逼上梁山 bī shàng liáng shān
逼供 bī gòng
逼供信 bī gòng xìn
逼和 bī hé
逼迫 bī pò
逾分 yú fèn
逾千越万 yú qiān yuè wàn
逾期 yú qī
遁世长往 dùn shì cháng wǎng
遁世隐居 dùn shì yǐn jū
遁入空门 dùn rù kōng mén
遁天妄行 dùn tiān wàng xíng
遁迹空门 dùn jì kōng mén
遁迹藏名 dùn jì cáng míng
遁迹黄冠 dùn jì huáng guàn
遂心应手 suì xīn yìng shǒu
遂行 suì xíng
遂非文过 suí fēi wén guò
遇事生风 yù shì shēng fēng
遍于 biàn yú
遍地 biàn dì
遍地开花 biàn dì kāi huā
遏恶扬善 è è yáng shàn
遒劲 qiú jìng
道不举遗 dào bù jǔ yí
道不拾遗 dào bù shí yí
道不掇遗 dào bù duō yí
道东说西 dào dōng shuō xī
道别 dào bié
道合志同 dào hé zhì tóng
道同义合 dào tóng yì hé
道同契合 dào tóng qì hé
道同志合 dào tóng zhì hé
道听涂说 dào tīng tú shuō
道听耳食 dào tīng ěr shí
道听途说 dào tīng tú shuō
道地 dào dì
道家 dào jiā
道寡称孤 dào guǎ chēng gū
道微德薄 dào wēi dé báo
道旁苦李 dào páng kǔ lǐ
道无拾遗 dào wú shí yí
道殣相属 dào jìn xiāng shǔ
道殣相枕 dào jìn xiāng zhěn
道藏 dào zàng
道行 dào héng
道西说东 dào xī shuō dōng
道远日暮 dào yuǎn rì mù
道道儿 dào dào er
道道地地 dào dào dì dì
道钉 dào dīng
道长 dào zhǎng
道长争短 dào cháng zhēng duǎn
道长论短 dào cháng lùn duǎn
道骨仙风 dào gǔ xiān fēng
道高德重 dào gāo dé zhòng
道高望重 dào gāo wàng zhòng
道高魔重 dào gāo mó zhòng
遗世忘累 yí shì wàng lěi
遗传 yí chuán
遗传病 yí chuán bìng
遗使 wèi shǐ
遗劳 wèi láo
遗华反质 yí huá fǎn zhì
遗哂大方 yí shěn dà fāng
遗尿 yí niào
遗属 yí shǔ
遗文逸句 yí wén yì jù
遗物识心 yí wù shí xīn
遗笑大方 yí xiào dà fāng
遗簪堕履 yí zān duò lǚ
遗艰投大 yí jiān tóu dà
遗落 yí luò
遗训余风 yí xùn yú fēng
遗风 yí fēng
遗风余采 yí fēng yú cǎi
遗风古道 yí fēng gǔ dào
遗骨 yí gǔ
遛早儿 liú zǎo er
遣兴陶情 qiǎn xìng táo qíng
遣兵调将 qiǎn bīng diào jiàng
遣将征兵 qiǎn jiāng zhēng bīng
遣将调兵 qiǎn jiāng diào bīng
遣词造句 qiǎn cí zào jù
遥呼相应 yáo hū xiāng yìng
遥相呼应 yáo xiāng hū yìng
遥遥无期 yáo yáo wú qī
遥遥相对 yáo yáo xiāng duì
遨翔自得 áo xiáng zì dé
遭劫在数 zāo jié zài shù
遭逢时会 zāo féng shí huì
遭逢际会 zāo féng jì huì
遭遇运会 zāo yù yùn huì
遭遇际会 zāo yù jì huì
遭际时会 zāo jì shí huì
遮三瞒四 zhē sān mán sì
遮光 zhē guāng
遮地漫天 zhē dì màn tiān
遮地盖天 zhē dì gài tiān
遮天盖地 zhē tiān gài dì
遮天盖日 zhē tiān gài rì
遮天迷地 zhē tiān mí dì
遮空蔽日 zhē kōng bì rì
遮藏 zhē cáng
遮风挡雨 zhē fēng dǎng yǔ
遵从 zūn cóng
遵养待时 zūn yǎng dài shí
遵章守纪 zūn zhāng shǒu jì
遵纪守法 zūn jì shǒu fǎ
遵而不失 zūn ér bù shī
遵行 zūn xíng
避凶趋吉 bì xiōng qū jí
避坑落井 bì kēng luò jǐng
避迹藏时 bì jì cáng shí
避重就轻 bì zhòng jiù qīng
避重逐轻 bì zhòng zhú qīng
避雨 bì yǔ
避风 bì fēng
避风头 bì fēng tou
邀名射利 yāo míng shè lì
邀请信 yāo qǐng xìn
邈处欿视 miǎo chǔ kǎn shì
邈若山河 miǎo ruò shān hé
邈若河山 miǎo ruò hé shān
邓小平理论 dèng xiǎo píng lǐ lùn
那不勒斯 nà bù lè sī
那么 nà me
那么多 nà me duō
那么点儿 nà me diǎn er
那么着 nà me zhe
那会儿 nà huì er
那儿 nà ér
那末 nà mò
那般 nà bān
那边 nà biān
那达慕 nà dá mù
那里 nà lǐ
那阵儿 nà zhèn ér
邦以民为本 bāng yǐ mín wéi běn
邪不伐正 xié bù fá zhèng
邪不压正 xié bù yā zhèng
邪不干正 xié bù gān zhèng
邪不敌正 xié bù dí zhèng
邪不犯正 xié bù fàn zhèng
邪不胜正 xié bù shèng zhèng
邪心 xié xīn
邪念 xié niàn
邪恶 xié è
邪火 xié huǒ
邪行 xié xíng
邪说 xié shuō
邪财 xié cái
邪路 xié lù
邪道 xié dào
邪门 xié mén
邪门儿 xié mén ér
邪门歪道 xié mén wāi dào
邪魔 xié mó
邪魔外道 xié mó wài dào
邪魔怪道 xié mó guài dào
邪魔歪道 xié mó wāi dào
邮差 yóu chāi
邮车 yóu chē
邺架之藏 yè jià zhī cáng
邻女詈人 lín nǚ lì rén
邻家 lín jiā
邻舍 lín shè
邻角 lín jiǎo
郁结 yù jié
郁郁不乐 yù yù bù lè
郁郁累累 yù yù lěi lěi
郊区 jiāo qū
郎中 láng zhōng
郎当 láng dāng
郎才女貌 láng cái nǚ mào
郑重 zhèng zhòng
郢书燕说 yǐng shū yān shuō
郦食其 lì yì jī
部分 bù fèn
部头 bù tóu
部委 bù wěi
部将 bù jiàng
部属 bù shǔ
部落 bù luò
部长 bù zhǎng
都中纸贵 dū zhōng zhǐ guì
都会 dū huì
都俞吁咈 dū yú xū fú
都城 dū chéng
都头异姓 dū tóu yì xìng
都察院 dū chá yuàn
都尉 dū wèi
都市 dū shì
都柏林 dōu bó lín
都江堰 dū jiāng yàn
都督 dū dū
都统 dū tǒng
鄙称 bǐ chēng
鄙薄 bǐ bó
鄙见 bǐ jiàn
酋长 qiú zhǎng
酌古参今 zhuó gǔ cān jīn
酌水知源 zhuó shuǐ zhī yuán
酌量 zhuó liàng
配乐 pèi yuè
配发 pèi fā
配合 pèi hé
配属 pèi shǔ
配称 pèi chèn
配给 pèi jǐ
配给制 pèi jǐ zhì
配角 pèi jué
配调 pèi diào
配重 pèi zhòng
酒会 jiǔ huì
酒兴 jiǔ xìng
酒劲 jiǔ jìn
酒吧 jiǔ bā
酒吧间 jiǔ bā jiān
酒囊饭包 jiǔ náng fàn bāo
酒地花天 jiǔ dì huā tiān
酒家 jiǔ jiā
酒涡 jiǔ wō
酒绿灯红 jiǔ lǜ dēng hóng
酒量 jiǔ liàng
酒铛 jiǔ chēng
酒食 jiǔ shí
酒食征逐 jiǔ shí zhēng zhú
酢浆草 cù jiāng cǎo
酬和 chóu hè
酬应 chóu yìng
酱肉 jiàng ròu
酷似 kù sì
酸不溜丢 suān bù liū diū
酸梅汤 suān méi tāng
酸臭 suān chòu
酸辣汤 suān là tāng
酸雨 suān yǔ
醇厚 chún hòu
醇和 chún hé
醇朴 chún piáo
醇正 chún zhèng
醉山颓倒 zuì shān tuí dǎo
醉翁之意不在酒 zuì wēng zhī yì bù zài jiǔ
醋劲儿 cù jìn er
醍醐 tí hú
醍醐灌顶 tí hú guàn dǐng
醒豁 xǐng huò
采光 cǎi guāng
采办 cǎi bàn
采区 cǎi qū
采及葑菲 cǎi jí fēng fēi
采取 cǎi qǔ
采地 cài dì
采择 cǎi zé
采暖 cǎi nuǎn
采桑 cǎi sāng
采用 cǎi yòng
采石 cǎi shí
采纳 cǎi nà
采编 cǎi biān
采花 cǎi huā
采茶 cǎi chá
采葑采菲 cǎi fēng cǎi fēi
采蜜 cǎi mì
采血 cǎi xiě
采采 cǎi cǎi
采风 cǎi fēng
采食 cǎi shí
释卷 shì juàn
释疑 shì yí
释知遗形 shì zhī yí xíng
释迦牟尼 shì jiā mù ní
里外夹攻 lǐ wài jiā gōng
里头 lǐ tou
里巷 lǐ xiàng
里应外合 lǐ yìng wài hé
里弄 lǐ lòng
里拉 lǐ lā
里脊肉 lǐ jí ròu
里长 lǐ zhǎng
里间 lǐ jiān
重三叠四 chóng sān dié sì
重三迭四 chóng sān dié sì
重义轻生 zhòng yì qīng shēng
重义轻财 zhòng yì qīng cái
重九 chóng jiǔ
重九登高 chóng jiǔ dēng gāo
重于泰山 zhòng yú tài shān
重作冯妇 chóng zuò féng fù
重修 chóng xiū
重修旧好 chóng xiū jiù hǎo
重元素 zhòng yuán sù
重光 chóng guāng
重光累洽 chóng guāng lèi qià
重关击柝 chóng guān jī tuò
重兴旗鼓 chóng xīng qí gǔ
重兵 zhòng bīng
重出 chóng chū
重利 zhòng lì
重力 zhòng lì
重力加速度 zhòng lì jiā sù dù
重办 zhòng bàn
重印 chóng yìn
重压 zhòng yā
重厚寡言 zhòng hòu guǎ yán
重厚少文 zhòng hòu shǎo wén
重叠 chóng dié
重合 chóng hé
重名 zhòng míng
重听 zhòng tīng
重启 chóng qǐ
重唱 chóng chàng
重围 chóng wéi
重圆 chóng yuán
重圭叠组 chóng guī dié zǔ
重地 zhòng dì
重垣叠锁 chóng yuán dié suǒ
重垣迭锁 chóng yuán dié suǒ
重复 chóng fù
重大 zhòng dà
重头 chóng tóu
重头戏 zhòng tóu xì
重奏 chóng zòu
重婚 chóng hūn
重孙 chóng sūn
重孙女 chóng sūn nǚ
重审 chóng shěn
重山复岭 chóng shān fù lǐng
重山复水 chóng shān fù shuǐ
重山峻岭 chóng shān jùn lǐng
重岩叠嶂 chóng yán dié zhàng
重岩迭障 chóng yán dié zhàng
重峦叠嶂 chóng luán dié zhàng
重峦叠巘 chóng luán dié yǎn
重峦复嶂 chóng luán fù zhàng
重峦迭嶂 chóng luán dié zhàng
重峦迭巘 chóng luán dié yǎn
重工 zhòng gōng
重庆 chóng qìng
重床叠屋 chóng chuáng dié wū
重床叠架 chóng chuáng dié jià
重床迭屋 chóng chuáng dié wū
重床迭架 chóng chuáng dié jià
重建 chóng jiàn
重张 chóng zhāng
重弹 chóng tán
重影 chóng yǐng
重心 zhòng xīn
重惩 zhòng chéng
重手累足 chóng shǒu lěi zú
重拍 chóng pāi
重振旗鼓 chóng zhèn qí gǔ
重提 chóng tí
重播 chóng bō
重操旧业 chóng cāo jiù yè
重数 chóng shù
重整旗鼓 chóng zhěng qí gǔ
重新 chóng xīn
重明继焰 chóng míng jì yàn
重映 chóng yìng
重晶石 zhòng jīng shí
重望 zhòng wàng
重望高名 zhòng wàng gāo míng
重武器 zhòng wǔ qì
重气徇命 zhòng qì xùn mìng
重气狥名 zhòng qì xùn míng
重气轻命 zhòng qì qīng mìng
重气轻生 zhòng qì qīng shēng
重水 zhòng shuǐ
重沓 chóng tà
重洋 chóng yáng
重活 zhòng huó
重温 chóng wēn
重温旧业 chóng wēn jiù yè
重温旧梦 chóng wēn jiù mèng
重演 chóng yǎn
重炮 zhòng pào
重点 zhòng diǎn
重点校 zhòng diǎn xiào
重熙累叶 chóng xī lěi yè
重熙累洽 chóng xī lěi qià
重熙累盛 chóng xī lěi shèng
重熙累绩 chóng xī lěi jì
重版 chóng bǎn
重犯 chóng fàn
重现 chóng xiàn
重珪叠组 chóng guī dié zǔ
重珪迭组 chóng guī dié zǔ
重理旧业 chóng lǐ jiù yè
重生 chóng shēng
重生父母 chóng shēng fù mǔ
重生爷娘 chóng shēng yé niáng
重申 chóng shēn
重男轻女 zhòng nán qīng nǚ
重睹 zhòng dǔ
重睹天日 chóng dǔ tiān rì
重税 zhòng shuì
重纰貤缪 chóng pī yí miù
重纸累札 chóng zhǐ lěi zhá
重组 chóng zǔ
重罚 zhòng fá
重聚 chóng jù
重获 chóng huò
重葩累藻 chóng pā lèi zǎo
重行 chóng xíng
重裀列鼎 chóng yīn liè dǐng
重装 zhòng zhuāng
重见天日 chóng jiàn tiān rì
重规叠矩 chóng guī dié jǔ
重规沓矩 chóng guī tà jǔ
重规累矩 chóng guī lèi jǔ
重规袭矩 chóng guī xí jǔ
重规迭矩 chóng guī dié jǔ
重视 zhòng shì
重言 zhòng yán
重译 chóng yì
重话 zhòng huà
重读 chóng dú
重财轻义 zhòng cái qīng yì
重起炉灶 chóng qǐ lú zào
重足一迹 chóng zú yī jì
重足屏息 chóng zú bǐng xī
重足屏气 chóng zú bǐng qì
重足累息 chóng zú lèi xī
重足而立 chóng zú ér lì
重蹈覆辙 chóng dǎo fù zhé
重返 chóng fǎn
重迭 chóng dié
重述 chóng shù
重迹屏气 chóng jì bǐng qì
重逆无道 zhòng nì wú dào
重选 chóng xuǎn
重逢 chóng féng
重重 chóng chóng
重量 zhòng liàng
重金 zhòng jīn
重金属 zhòng jīn shǔ
重金袭汤 chóng jīn xí tāng
重铬酸钾 chóng gè suān jiǎ
重门击柝 chóng mén jī tuò
重阳 chóng yáng
重霄 chóng xiāo
重音 zhòng yīn
野乘 yě shèng
野人奏曝 yě rén zòu pù
野人献曝 yě rén xiàn pù
野山参 yě shān cān
量体温 liáng tǐ wēn
量体裁衣 liàng tǐ cái yī
量入为出 liàng rù wéi chū
量入计出 liàng rù jì chū
量力 liàng lì
量力度德 liàng lì duó dé
量力而行 liàng lì ér xíng
量变 liàng biàn
量器 liáng qì
量如江海 liàng rú jiāng hǎi
量小力微 liàng xiǎo lì wēi
量己审分 liàng jǐ shěn fēn
量度 liáng dù
量才录用 liàng cái lù yòng
量材录用 liàng cái lù yòng
量枘制凿 liàng ruì zhì záo
量能 liàng néng
量能授官 liàng néng shòu guān
量血压 liáng xuè yā
量规 liáng guī
量角器 liáng jiǎo qì
量计 liáng jì
金不换 jīn bù huàn
金丝燕 jīn sī yàn
金丝雀 jīn sī què
金丹换骨 jīn dān huàn gǔ
金光盖地 jīn guāng gài dì
金冠 jīn guān
金刚石 jīn gāng shí
金刚经 jīn gāng jīng
金匮石室 jīn guì shí shì
金华 jīn huá
金发 jīn fà
金叶 jīn yè
金城石室 jīn chéng shí shì
金声掷地 jīn shēng zhì dì
金属 jīn shǔ
金弹 jīn dàn
金枝 jīn zhī
金枝玉叶 jīn zhī yù yè
金榜 jīn bǎng
金榜挂名 jīn bǎng guà míng
金榜题名 jīn bǎng tí míng
金正 jīn zhèng
金汤 jīn tāng
金汤之固 jīn tāng zhī gù
金沙 jīn shā
金沙江 jīn shā jiāng
金淘沙拣 jīn táo shā jiǎn
金玉其质 jīn yù qí zhì
金环蛇 jīn huán shé
金瓶落井 jīn píng luò jǐng
金相 jīn xiàng
金相玉质 jīn xiàng yù zhì
金石 jīn shí
金石为开 jīn shí wéi kāi
金石之交 jīn shí zhī jiāo
金石之功 jīn shí zhī gōng
金石之言 jīn shí zhī yán
金石之计 jīn shí zhī jì
金石交情 jīn shí jiāo qíng
金石可开 jīn shí kě kāi
金石至交 jīn shí zhì jiāo
金石良言 jīn shí liáng yán
金章玉句 jīn zhāng yù jù
金童玉女 jīn tóng yù nǚ
金翅擘海 jīn chì bāi hǎi
金蛇 jīn shé
金蝉脱壳 jīn chán tuō qiào
金融寡头 jīn róng guǎ tóu
金谷酒数 jīn gǔ jiǔ shù
金针度人 jīn zhēn dù rén
金针见血 jīn zhēn jiàn xuè
金钗细合 jīn chāi xì hé
金钥匙 jīn yào shi
金镳玉络 jīn biāo yù luò
金风玉露 jīn fēng yù lù
金鳷擘海 jīn zhī bò hǎi
金龙鱼 jīn lóng yú
金龟 jīn guī
金龟换酒 jīn guī huàn jiǔ
釜中之鱼 fǔ zhōng zhī yú
釜中游鱼 fǔ zhōng yóu yú
釜中生鱼 fǔ zhōng shēng yú
釜底游魂 fǔ dǐ yóu hún
釜底游鱼 fǔ dǐ yóu yú
釜鱼幕燕 fǔ yú mù yàn
鉴别 jiàn bié
鉴影度形 jiàn yǐng duó xíng
鉴往知来 jiàn wǎng zhī lái
鉴机识变 jiàn jī shí biàn
鉴空衡平 jiàn kōng héng píng
鉴识 jiàn shí
针叶 zhēn yè
针头 zhēn tóu
针头削铁 zhēn tóu xuē tiě
针织 zhēn zhī
针织品 zhēn zhī pǐn
针芥之合 zhēn jiè zhī hé
针芥之投 zhēn jiè zhī tóu
针芥相投 zhēn jiè xiāng tóu
针锋相对 zhēn fēng xiāng duì
钉头 dīng tóu
钉牢 dìng láo
钉耙 dīng pá
钉马掌 dìng mǎ zhǎng
钉齿耙 dīng chǐ bà
钓游之地 diào yóu zhī dì
钗横鬓乱 chāi héng bìn luàn
钙片 gài piàn
钛合金 tài hé jīn
钛白 tài bái
钜人长德 jù rén cháng dé
钜细靡遗 jù xì mǐ yí
钝器 dùn qì
钝角 dùn jiǎo
钟乳石 zhōng rǔ shí
钟头 zhōng tóu
钟鸣漏尽 zhōng míng lòu jìn
钟鸣鼎重 zhōng míng dǐng zhòng
钟鸣鼎食 zhōng míng dǐng shí
钟鼎之家 zhōng dǐng zhī jiā
钟鼎人家 zhōng dǐng rén jia
钢丝 gāng sī
钢丝绳 gāng sī shéng
钢刀 gāng dāo
钢包 gāng bāo
钢尺 gāng chǐ
钢材 gāng cái
钢水 gāng shuǐ
钢珠 gāng zhū
钢琴 gāng qín
钢筋 gāng jīn
钢筋混凝土 gāng jīn hùn níng tǔ
钢筋铁骨 gāng jīn tiě gǔ
钢管 gāng guǎn
钢索 gāng suǒ
钢花 gāng huā
钢铁 gāng tiě
钢镚儿 gāng bèng er
钢鞭 gāng biān
钢骨 gāng gǔ
钥匙 yào shi
钦仰 qīn yǎng
钦差 qīn chāi
钦差大臣 qīn chāi dà chén
钧天广乐 jūn tiān guǎng yuè
钩元摘秘 gōu yuán zhāi mì
钩心斗角 gōu xīn dòu jiǎo
钩爪锯牙 gōu zhǎo jù yá
钩玄猎秘 gōu xuán liè mì
钩章棘句 gōu zhāng jí jù
钱可通神 qián kě tōng shén
钱数 qián shù
钱款 qián kuǎn
钱眼儿 qián yǎn er
钳口不言 qián kǒu bù yán
钻井 zuān jǐng
钻冰取火 zuàn bīng qǔ huǒ
钻冰求火 zuān bīng qiú huǒ
钻劲 zuān jìn
钻劲儿 zuān jìn er
钻坚仰高 zuàn jiān yǎng gāo
钻坚研微 zuàn jiān yán wēi
钻塔 zuàn tǎ
钻头 zuàn tóu
钻头就锁 zuàn tóu jiù suǒ
钻山塞海 zuàn shān sāi hǎi
钻工 zuān gōng
钻心 zuān xīn
钻心刺骨 zuàn xīn cì gǔ
钻懒帮闲 zuān lǎn bāng xián
钻木取火 zuān mù qǔ huǒ
钻火得冰 zuān huǒ dé bīng
钻牛角 zuān niú jiǎo
钻牛角尖 zuān niú jiǎo jiān
钻石 zuàn shí
钻空 zuān kòng
铁了心 tiě le xīn
铁嘴钢牙 tiě zuǐ gāng yá
铁将军 tiě jiāng jūn
铁扇公主 tiě shàn gōng zhǔ
铁打 tiě dǎ
铁板钉钉 tiě bǎn dìng dīng
铁树开华 tiě shù kāi huā
铁椎 tiě chuí
铁沙掌 tiě shā zhǎng
铁片 tiě piàn
铁狱铜笼 tiě yù tóng lóng
铁甲车 tiě jiǎ chē
铁石 tiě shí
铁矿石 tiě kuàng shí
铁砚磨穿 tiě yàn mó chuān
铁窗风味 tiě chuāng fēng wèi
铁笼 tiě lóng
铁绰铜琶 tiě chāo tóng pá
铁耙 tiě pá
铁肠石心 tiě cháng shí xīn
铁血 tiě xuè
铁观音 tiě guān yīn
铁钉 tiě dīng
铁锚 tiě máo
铁镐 tiě gǎo
铁骨 tiě gǔ
铄古切今 shuò gǔ qiē jīn
铄石流金 shuò shí liú jīn
铄金毁骨 shuò jīn huǐ gǔ
铅丹 qiān dān
铅华 qiān huá
铅字 qiān zì
铅封 qiān fēng
铅山 yán shān
铅弹 qiān dàn
铅直 qiān zhí
铅笔 qiān bǐ
铅笔画 qiān bǐ huà
铅粉 qiān fěn
铅铁 qiān tiě
铆劲儿 mǎo jìn er
铆钉 mǎo dīng
铜模 tóng mú
铜盘重肉 tóng pán zhòng ròu
铜筋铁肋 tóng jīn tiě lèi
铜筋铁骨 tóng jīn tiě gǔ
铜绿 tóng lǜ
铜臭 tóng xiù
铜臭熏天 tóng chòu xūn tiān
铢两分寸 zhū liǎng fēn cùn
铢两悉称 zhū liǎng xī chèn
铢两相称 zhū liǎng xiāng chèn
铢寸累积 zhū cùn lèi jī
铢积丝累 zhū jī sī lèi
铢积寸累 zhū jī cùn lěi
铢积锱累 zhū jī zī lèi
铢称寸量 zhū chēng cùn liáng
铢累寸积 zhū lèi cùn jī
铢量寸度 zhū liáng cùn duó
铢铢校量 zhū zhū xiào liàng
铢铢较量 zhū zhū jiào liàng
铤而走险 tǐng ér zǒu xiǎn
铭心刻骨 míng xīn kè gǔ
铭心镂骨 míng xīn lòu gǔ
铭感不忘 míng gǎn bù wàng
铭感五内 míng gǎn wǔ nèi
铭肌镂骨 míng jī lòu gǔ
铭肤镂骨 míng fū lòu gǔ
铭记不忘 míng jì bù wàng
铮铮有声 zhēng zhēng yǒu shēng
铮铮铁骨 zhēng zhēng tiě gǔ
银样蜡枪头 yín yàng là qiāng tóu
银样镴枪头 yín yàng là qiāng tóu
银环蛇 yín huán shé
银行 yín háng
银行行员 yín háng háng yuán
银装 yín zhuāng
银质 yín zhì
铺垫 pū diàn
铺天盖地 pū tiān gài dì
铺平 pū píng
铺张 pū zhāng
铺排 pū pái
铺盖 pū gài
铺盖卷 pū gài juǎn
铺盖卷儿 pū gài juǎn er
铺胸纳地 pū xiōng nà dì
铺谋定计 pù móu dìng jì
铺路 pū lù
铺路石 pū lù shí
铺采摛文 pù cǎi chī wén
铺面 pù miàn
链式反应 liàn shì fǎn yìng
链结 liàn jiē
销售一空 xiāo shòu yī kōng
销差 xiāo chà
销毁骨立 xiāo huǐ gǔ lì
销纳 xiāo nà
销行 xiāo xíng
销量 xiāo liàng
销钉 xiāo dīng
锁上 suǒ shàng
锁匙 suǒ chí
锁头 suǒ tou
锁钥 suǒ yuè
锁骨 suǒ gǔ
锄地 chú dì
锄头 chú tou
锅炉给水 guō lú jǐ shuǐ
锋不可当 fēng bù kě dāng
锋发韵流 fēng fā yùn liú
锋芒不露 fēng máng bù lù
锋芒毕露 fēng máng bì lù
锋铓毕露 fēng máng bì lù
锐不可当 ruì bù kě dāng
锐意进取 ruì yì jìn qǔ
锐角 ruì jiǎo
错别字 cuò bié zì
错综 cuò zōng
错综复杂 cuò zōng fù zá
错落 cuò luò
错落高下 cuò luò gāo xià
错话 cuò huà
错车 cuò chē
错过 cuò guò
锚固 máo gù
锚地 máo dì
锚泊 máo bó
锡器 xī qì
锡石 xī shí
锤打 chuí dǎ
锤骨 chuí gǔ
锥处囊中 zhuī chǔ náng zhōng
锥度 zhuī dù
锦上添花 jǐn shàng tiān huā
锦囊 jǐn náng
锦囊佳句 jǐn náng jiā jù
锦囊妙计 jǐn náng miào jì
锦囊还矢 jǐn náng huán shǐ
锦天绣地 jǐn tiān xiù dì
锦屏 jǐn píng
锦瑟年华 jǐn sè nián huá
锦纶 jǐn lún
锦衣玉食 jǐn yī yù shí
锦衣肉食 jǐn yī ròu shí
锦衣行昼 jǐn yī xíng zhòu
键盘乐器 jiàn pán yuè qì
锯牙钩爪 jù yá gōu zhǎo
锱铢较量 zī zhū jiào liàng
锲而不舍 qiè ér bù shě
锻压 duàn yā
锻打 duàn dǎ
锻模 duàn mú
镂心刻骨 lòu xīn kè gǔ
镂心呕血 lòu xīn ǒu xuè
镂空 lòu kōng
镂花 lòu huā
镂金错采 lòu jīn cuò cǎi
镂骨铭心 lòu gǔ míng xīn
镇压 zhèn yā
镇尺 zhèn chǐ
镇长 zhèn zhǎng
镌心铭骨 juān xīn míng gǔ
镌脾琢肾 juān pí zhuó shèn
镌骨铭心 juān gǔ míng xīn
镐京 hào jīng
镐头 gǎo tóu
镖头 biāo tóu
镜分鸾凤 jìng fēn luán fèng
镜圆璧合 jìng yuán bì hé
镜头 jìng tóu
镜片 jìng piàn
镜破钗分 jìng pò chāi fēn
镜里观花 jìng lǐ guān huā
镜里采花 jìng lǐ cǎi huā
镢头 jué tóu
长七短八 cháng qī duǎn bā
长上 zhǎng shàng
长久 cháng jiǔ
长久之计 cháng jiǔ zhī jì
长乐 cháng lè
长乐未央 cháng lè wèi yāng
长于 cháng yú
长亭 cháng tíng
长亲 zhǎng qīn
长假 cháng jià
长傲饰非 zhǎng ào shì fēi
长兴 cháng xīng
长出 zhǎng chū
长剑 cháng jiàn
长卷 cháng juàn
长发 cháng fà
长句 cháng jù
长号 cháng hào
长叹 cháng tàn
长吁短叹 cháng xū duǎn tàn
长吁短气 cháng xū duǎn qì
长吟 cháng yín
长命 cháng mìng
长命富贵 cháng mìng fù guì
长命百岁 cháng mìng bǎi suì
长命锁 cháng mìng suǒ
长啸 cháng xiào
长嘘短叹 cháng xū duǎn tàn
长圆 cháng yuán
长坂 cháng bǎn
长城 cháng chéng
长处 cháng chù
长夏 cháng xià
长夜 cháng yè
长夜漫漫 cháng yè màn màn
长夜难明 cháng yè nán míng
长大 zhǎng dà
长天 cháng tiān
长女 zhǎng nǚ
长存 cháng cún
长安 cháng ān
长安少年 cháng ān shào nián
长安棋局 cháng ān qí jú
长安道上 cháng ān dào shàng
长官 zhǎng guān
长寿 cháng shòu
长局 cháng jú
长崎 cháng qí
长川 cháng chuān
长工 cháng gōng
长年 cháng nián
长年三老 zhǎng nián sān lǎo
长年累月 cháng nián lěi yuè
长庚 cháng gēng
长度 cháng dù
长廊 cháng láng
长往远引 cháng wǎng yuǎn yǐn
长征 cháng zhēng
长念却虑 cháng niàn què lǜ
长性 cháng xìng
长恨歌 cháng hèn gē
长恶不悛 cháng è bù quān
长恶靡悛 cháng è mǐ quān
长成 zhǎng chéng
长戟高门 cháng jǐ gāo mén
长才广度 cháng cái guǎng dù
长才短驭 cháng cái duǎn yù
长拳 cháng quán
长揖 cháng yī
长揖不拜 cháng yī bù bài
长斋 cháng zhāi
长斋绣佛 cháng zhāi xiù fó
长方 cháng fāng
长方体 cháng fāng tǐ
长方形 cháng fāng xíng
长方脸 cháng fāng liǎn
长明灯 cháng míng dēng
长春 cháng chūn
长春不老 cháng chūn bù lǎo
长春市 cháng chūn shì
长期 cháng qī
长机 cháng jī
长材小试 cháng cái xiǎo shì
长材茂学 cháng cái mào xué
长条 cháng tiáo
长枕大衾 cháng zhěn dà qīn
长枕大被 cháng zhěn dà bèi
长林丰草 cháng lín fēng cǎo
长枪 cháng qiāng
长款 cháng kuǎn
长歌当哭 cháng gē dàng kū
长此以往 cháng cǐ yǐ wǎng
长毛 cháng máo
长毛兔 cháng máo tù
长毛绒 cháng máo róng
长汀 cháng tīng
长江 cháng jiāng
长江三峡 cháng jiāng sān xiá
长江三角洲 cháng jiāng sān jiǎo zhōu
长江后浪推前浪 cháng jiāng hòu làng tuī qián làng
长江天堑 cháng jiāng tiān qiàn
长沙 cháng shā
长沙市 cháng shā shì
长河 cháng hé
长治久安 cháng zhì jiǔ ān
长法 cháng fǎ
长波 cháng bō
长活 cháng huó
长流 cháng liú
长满荒草 zhǎng mǎn huāng cǎo
长牙 zhǎng yá
长物 cháng wù
长生 cháng shēng
长生不死 cháng shēng bù sǐ
长生不老 cháng shēng bù lǎo
长生久视 cháng shēng jiǔ shì
长生果 cháng shēng guǒ
长男 zhǎng nán
长白山 cháng bái shān
长目飞耳 cháng mù fēi ěr
长相 zhǎng xiàng
长眠 cháng mián
长眠不起 cháng mián bù qǐ
长矛 cháng máo
长短 cháng duǎn
长短句 cháng duǎn jù
长石 cháng shí
长程 cháng chéng
长空 cháng kōng
长笛 cháng dí
长策 cháng cè
长算远略 cháng suàn yuǎn lüè
长篇 cháng piān
长篇大套 cháng piān dà tào
长篇大论 cháng piān dà lùn
长篇小说 cháng piān xiǎo shuō
长篇累牍 cháng piān lěi dú
长线 cháng xiàn
长线产品 cháng xiàn chǎn pǐn
长绒棉 cháng róng mián
长统 cháng tǒng
长统靴 cháng tǒng xuē
长绳系日 cháng shéng jì rì
长绳系景 cháng shéng xì jǐng
长编 cháng biān
长缨 cháng yīng
长老 zhǎng lǎo
长臂猿 cháng bì yuán
长舌 cháng shé
长舌之妇 cháng shé zhī fù
长舌妇 cháng shé fù
长虑却顾 cháng lǜ què gù
长虑后顾 cháng lǜ hòu gù
长虑顾后 cháng lǜ gù hòu
长虫 cháng chóng
长虹 cháng hóng
长虺成蛇 zhǎng huǐ chéng shé
长蛇封豕 cháng shé fēng shǐ
长蛇阵 cháng shé zhèn
长街 cháng jiē
长街短巷 cháng jiē duǎn xiàng
长衣 cháng yī
长衫 cháng shān
长袍 cháng páo
长袖 cháng xiù
长袖善舞 cháng xiù shàn wǔ
长袜 cháng wà
长裤 cháng kù
长褂 cháng guà
长计远虑 cháng jì yuǎn lǜ
长诗 cháng shī
长话 cháng huà
长话短说 cháng huà duǎn shuō
长调 cháng diào
长谈 cháng tán
长谈阔论 cháng tán kuò lùn
长足 cháng zú
长跑 cháng pǎo
长跪 cháng guì
长辔远御 cháng pèi yuǎn yù
长辔远驭 cháng pèi yuǎn yù
长辞 cháng cí
长进 zhǎng jìn
长远 cháng yuǎn
长途 cháng tú
长途电话 cháng tú diàn huà
长途跋涉 cháng tú bá shè
长逝 cháng shì
长镜头 cháng jìng tóu
长长 cháng cháng
长长短短 cháng cháng duǎn duǎn
长门 cháng mén
长队 cháng duì
长随 cháng suí
长青 cháng qīng
长音 cháng yīn
长项 cháng xiàng
长颈鸟喙 cháng jǐng niǎo huì
长颈鹿 cháng jǐng lù
长风破浪 cháng fēng pò làng
长驱 cháng qū
长驱深入 cháng qū shēn rù
长驱直入 cháng qū zhí rù
长驱直进 cháng qū zhí jìn
长驾远驭 cháng jià yuǎn yù
长鸣 cháng míng
长鸣都尉 cháng míng dū wèi
长鼓 cháng gǔ
长龙 cháng lóng
门上 mén shàng
门不夜关 mén bù yè guān
门到户说 mén dào hù shuō
门单户薄 mén dān hù bó
门可张罗 mén kě zhāng luó
门可罗雀 mén kě luó què
门堪罗雀 mén kān luó què
门将 mén jiàng
门庭冷落 mén tíng lěng luò
门当户对 mén dāng hù duì
门户之见 mén hù zhī jiàn
门斗 mén dǒu
门槛 mén kǎn
门殚户尽 mén dān hù jìn
门脸儿 mén liǎn er
门衰祚薄 mén shuāi zuò báo
门钉 mén dīng
门静脉 mén jìng mài
门风 mén fēng
闪射 shǎn shè
闪过 shǎn guò
闭会 bì huì
闭卷 bì juàn
闭口不言 bì kǒu bù yán
闭合 bì hé
闭合思过 bì hé sī guò
闭合电路 bì hé diàn lù
闭塞 bì sè
闭塞眼睛捉麻雀 bì sè yǎn jīng zhuō má què
闭壁清野 bì bì qīng yě
闭明塞聪 bì míng sè cōng
闭校 bì xiào
闭目 bì mù
闭目塞听 bì mù sè tīng
闭目塞耳 bì mù sè ěr
闭门不出 bì mén bù chū
闭门不纳 bì mén bù nà
闭门塞户 bì mén sè hù
闭门塞窦 bì mén sè dòu
闭门思过 bì mén sī guò
闭门觅句 bì mén mì jù
闭门造车 bì mén zào chē
闭阁思过 bì gé sī guò
问一答十 wèn yī dá shí
问卜 wèn bǔ
问句 wèn jù
问好 wèn hǎo
问官答花 wèn guān dá huā
问牛知马 wèn niú zhī mǎ
问羊知马 wèn yáng zhī mǎ
问长问短 wèn cháng wèn duǎn
闯劲 chuǎng jìn
闯南走北 chuǎng nán zǒu běi
闯天下 chuǎng tiān xià
闯将 chuǎng jiàng
闲空 xián kòng
闲见层出 xián jiàn céng chū
闲言冷语 xián yán lěng yǔ
闲言泼语 xián yán pō yǔ
闲言淡语 xián yán dàn yǔ
闲言碎语 xián yán suì yǔ
闲言赘语 xián yán zhuì yǔ
闲言长语 xián yán cháng yǔ
闲言闲语 xián yán xián yǔ
闲邪存诚 xián xié cún chéng
闳中肆外 hóng zhōng sì wài
闳侈不经 hóng chǐ bù jīng
闳大不经 hóng dà bù jīng
闳言高论 hóng yán gāo lùn
间不容发 jiān bù róng fà
间奏 jiàn zòu
间断 jiàn duàn
间日 jiàn rì
间杂 jiàn zá
间色 jiàn sè
间见层出 jiàn xiàn céng chū
间道 jiàn dào
间量 jiān liàng
间隔 jiàn gé
闷倦 mèn juàn
闷在家里 mēn zài jiā lǐ
闷在心里 mēn zài xīn lǐ
闷坐 mèn zuò
闷声 mēn shēng
闷头 mēn tóu
闷头儿 mèn tou er
闷头儿干 mēn tóu er gàn
闷头儿干活 mēn tóu er gàn huó
闷子车 mèn zi chē
闷沉沉 mèn chén chén
闷海愁山 mèn hǎi chóu shān
闷热 mēn rè
闷罐车 mèn guàn chē
闷葫芦 mèn hú lú
闷酒 mèn jiǔ
闷闷不乐 mèn mèn bù lè
闹市区 nào shì qū
闹意见 nào yì jiàn
闹着玩 nào zhe wán
闹着玩儿 nào zhe wán ér
闺女 guī nǚ
闻一知二 wén yī zhī èr
闻一知十 wén yī zhī shí
闻名不如见面 wén míng bù rú jiàn miàn
闻噎废食 wén yē fèi shí
闻知 wén zhī
闻融敦厚 wén róng dūn hòu
闻见 wén jiàn
闻风 wén fēng
闻风响应 wén fēng xiǎng yīng
闻风而兴 wén fēng ér xīng
闻风而动 wén fēng ér dòng
闻风远扬 wén fēng yuǎn yáng
闻风远遁 wén fēng yuǎn dùn
闽侯 mǐn hòu
闽北话 mǐn běi huà
闽南话 mǐn nán huà
闽方言 mǐn fāng yán
闾巷 lǘ xiàng
闾阎扑地 lǘ yán pū dì
阄儿 jiū er
阅卷 yuè juàn
阅报栏 yuè bào lán
阐扬光大 chǎn yáng guāng dà
阑干 lán gān
阑风伏雨 lán fēng fú yǔ
阑风长雨 lán fēng cháng yǔ
阒其无人 qù qí wú rén
阔别 kuò bié
阔叶树 kuò yè shù
阖家 hé jiā
阙一不可 què yī bù kě
阙下 què xià
阙如 quē rú
阙文 quē wén
阙疑 quē yí
队长 duì zhǎng
防化兵 fáng huà bīng
防区 fáng qū
防卫过当 fáng wèi guò dàng
防地 fáng dì
防弹 fáng dàn
防心摄行 fáng xīn shè xíng
防暴 fáng bào
防水层 fáng shuǐ céng
防病 fáng bìng
防盗锁 fáng dào suǒ
防空 fáng kōng
防风 fáng fēng
阳关大道 yáng guān dà dào
阳起石 yáng qǐ shí
阳间 yáng jiān
阴山背后 yīn shān bèi hòu
阴干 yīn gān
阴服微行 yīn fú wēi xíng
阴核 yīn hé
阴模 yīn mó
阴着儿 yīn zhāo ér
阴错阳差 yīn cuò yáng chā
阴间 yīn jiān
阴阳家 yīn yáng jiā
阴雨 yīn yǔ
阴风 yīn fēng
阵发 zhèn fā
阵地 zhèn dì
阵雨 zhèn yǔ
阵风 zhèn fēng
阶前万里 jiē qián wàn lǐ
阶地 jiē dì
阶级斗争 jiē jí dòu zhēng
阶级社会 jiē jí shè huì
阻塞 zǔ sè
阿世取容 ē shì qǔ róng
阿世媚俗 ē shì mèi sú
阿世盗名 ē shì dào míng
阿党比周 ē dǎng bǐ zhōu
阿党相为 ē dǎng xiāng wéi
阿公 ā gōng
阿其所好 ē qí suǒ hào
阿呆 ā dāi
阿基米德 ā jī mǐ dé
阿姆斯特丹 ā mǔ sī tè dān
阿尔卑斯山脉 ā ěr bēi sī shān mài
阿平绝倒 ā píng jué dǎo
阿弥陀佛 ē mí tuó fó
阿意取容 ē yì qǔ róng
阿房宫 ē páng gōng
阿拉 ā lā
阿拉伯人 ā lā bó rén
阿拉伯国家 ā lā bó guó jiā
阿拉伯数字 ā lā bó shù zì
阿拉伯海 ā lā bó hǎi
阿拉伯联合酋长国 ā lā bó lián hé qiú zhǎng guó
阿拉伯语 ā lā bó yǔ
阿斗 ā dǒu
阿时趋俗 ē shí qū sú
阿波罗 ā bō luó
阿片 ā piàn
阿的平 ā dì píng
阿胶 ē jiāo
阿蒙 ā méng
阿谀 ē yú
阿谀取容 ē yú qǔ róng
阿谀奉承 ē yú fèng chéng
阿谀谄媚 ē yú chǎn mèi
阿谀逢迎 ē yú féng yíng
阿里山 ā lǐ shān
阿门 ā mén
阿附 ē fù
阿飞 ā fēi
阿鼻 ā bí
陂湖禀量 bēi hú bǐng liáng
陂艿 bēi rèng
陂陀 pō tuó
附上 fù shàng
附上罔下 fù shàng wǎng xià
附下罔上 fù xià wǎng shàng
附中 fù zhōng
附丽 fù lì
附会 fù huì
附会穿凿 fù huì chuān záo
附后 fù hòu
附和 fù hè
附属 fù shǔ
附属国 fù shǔ guó
附庸风雅 fù yōng fēng yǎ
附有 fù yǒu
附炎趋热 fù yán qū rè
附着 fù zhuó
附着力 fù zhuó lì
附耳射声 fù ěr shè shēng
附肤落毛 fù fū luò máo
附表 fù biǎo
附识 fù zhì
附骥尾 fù jì wěi
际会 jì huì
际会风云 jì huì fēng yún
际地蟠天 jì dì pán tiān
际遇风云 jì yù fēng yún
陆万 liù wàn
陆上 lù shàng
陆佰 liù bǎi
陆圆 liù yuán
陆地 lù dì
陆拾 liù shí
陆风 lù fēng
陇头音信 lǒng tóu yīn xìn
陈世美 chén shì měi
陈古刺今 chén gǔ cì jīn
陈词滥调 chén cí làn diào
陈说 chén shuō
陈辞滥调 chén cí làn diào
陈述句 chén shù jù
陋巷 lòu xiàng
降下 jiàng xià
降临 jiàng lín
降伏 xiáng fú
降压 jiàng yā
降妖捉怪 xiáng yāo zhuō guài
降心俯首 jiàng xīn fǔ shǒu
降心相从 jiàng xīn xiāng cóng
降志辱身 jiàng zhì rǔ shēn
降服 xiáng fú
降本流末 jiàng běn liú mò
降格 jiàng gé
降格以求 jiàng gé yǐ qiú
降水 jiàng shuǐ
降温 jiàng wēn
降火 jiàng huǒ
降生 jiàng shēng
降落 jiàng luò
降表 jiàng biǎo
降解 jiàng jiě
降调 jiàng diào
降雨 jiàng yǔ
降雨量 jiàng yǔ liàng
降顺 xiáng shùn
降香 jiàng xiāng
降龙 xiáng lóng
降龙伏虎 xiáng lóng fú hǔ
限度 xiàn dù
限时 xiàn shí
限期 xiàn qī
限电 xiàn diàn
限量 xiàn liàng
陕甘宁 shǎn gān níng
陕甘宁边区 shǎn gān níng biān qū
陟罚臧否 zhì fá zāng pǐ
陡度 dǒu dù
院落 yuàn luò
院长 yuàn zhǎng
除了 chú le
除夕夜 chú xī yè
除害 chú hài
除害兴利 chú hài xīng lì
除尘器 chú chén qì
除恶务尽 chú è wù jìn
除恶务本 chú è wù běn
除患兴利 chú huàn xīng lì
除数 chú shù
除暴安良 chú bào ān liáng
除此以外 chú cǐ yǐ wài
除邪惩恶 chú xié chéng è
陨石 yǔn shí
陨落 yǔn luò
陨身糜骨 yǔn shēn mí gǔ
险地 xiǎn dì
险恶 xiǎn è
险棋 xiǎn qí
险遭 xiǎn zāo
险遭不测 xiǎn zāo bù cè
陪同 péi tóng
陪审制度 péi shěn zhì dù
陪都 péi dū
陵劲淬砺 líng jìng cuì lì
陵弱暴寡 líng ruò bào guǎ
陶然自得 táo rán zì dé
陶犬瓦鸡 táo quǎn wǎ jī
陷没 xiàn méi
陷落 xiàn luò
陷落计中 xiàn luò jì zhōng
隆重庆祝 lóng zhòng qìng zhù
隋侯之珠 suí hóu zhī zhū
隋珠和玉 suí zhū hé yù
隋珠和璧 suí zhū hé bì
隋珠弹雀 suí zhū tán què
隋珠荆璧 suí zhū jīng bì
随之而来 suí zhī ér lái
随人俯仰 suí rén fǔ yǎng
随和 suí hé
随地随时 suí dì suí shí
随声趋和 suí shēng qū hé
随声附和 suí shēng fù hè
随时随地 suí shí suí dì
随机应变 suí jī yìng biàn
随珠和璧 suí zhū hé bì
随珠弹雀 suí zhū tán què
随行就市 suí háng jiù shì
随车夏雨 suí chē xià yǔ
随车甘雨 suí chē gān yǔ
随车致雨 suí chē zhì yǔ
随迁 suí qiān
随近逐便 suí jìn zhú biàn
随风而靡 suí fēng ér mǐ
隐介藏形 yǐn jiè cáng xíng
隐名埋姓 yǐn míng mái xìng
隐天蔽日 yǐn tiān bì rì
隐姓埋名 yǐn xìng mái míng
隐忍不发 yǐn rěn bù fā
隐忍不言 yǐn rěn bù yán
隐恶扬善 yǐn è yáng shàn
隐晦曲折 yǐn huì qū zhé
隐然敌国 yǐn rán dí guó
隐若敌国 yǐn ruò dí guó
隐蔽 yǐn bì
隐迹埋名 yǐn jì mái míng
隔三差五 gé sān chà wǔ
隔别 gé bié
隔墙有耳 gé qiáng yǒu ěr
隔宿 gé sù
隔岸观火 gé àn guān huǒ
隔栅 gé zhà
隔行 gé háng
隔行如隔山 gé háng rú gé shān
隔间 gé jiān
隘巷 ài xiàng
隙地 xì dì
障碍赛跑 zhàng ài sài pǎo
隳节败名 huī jié bài míng
隶农 lì nóng
隶字 lì zì
隶属 lì shǔ
隽语 juàn yǔ
难为 nán wéi
难为情 nán wéi qíng
难乎为情 nán hū wéi qíng
难于 nán yú
难于上天 nán yú shàng tiān
难于上青天 nán yú shàng qīng tiān
难人 nán rén
难以 nán yǐ
难以为情 nán yǐ wéi qíng
难以置信 nán yǐ zhì xìn
难倒 nán dǎo
难免 nán miǎn
难关 nán guān
难分难舍 nán fēn nán shě
难分难解 nán fēn nán jiě
难割难舍 nán gē nán shě
难受 nán shòu
难吃 nán chī
难听 nán tīng
难字 nán zì
难属 nàn shǔ
难度 nán dù
难当 nán dāng
难得 nán dé
难忘 nán wàng
难懂 nán dǒng
难更仆数 nán gēng pú shǔ
难民 nàn mín
难点 nán diǎn
难熬 nán áo
难舍难分 nán shě nán fēn
难色 nán sè
难解 nán jiě
难解难分 nán jiě nán fēn
难言 nán yán
难说 nán shuō
难说话 nán shuō huà
难过 nán guò
难进易退 nán jìn yì tuì
难道 nán dào
难鸣孤掌 nán míng gū zhǎng
雀子 qiāo zǐ
雀角鼠牙 què jiǎo shǔ yá
雀马鱼龙 què mǎ yú lóng
雀鼠之争 què shǔ zhī zhēng
雁南燕北 yàn nán yàn běi
雁影分飞 yàn yǐng fēn fēi
雁来红 yàn lái hóng
雁泊人户 yàn bó rén hù
雁行 yàn háng
雁过拔毛 yàn guò bá máo
雁过拨毛 yàn guò bō máo
雁过留声 yàn guò liú shēng
雄劲 xióng jìng
雄唱雌和 xióng chàng cí hé
雄大 xióng dà
雄奇 xióng qí
雄姿英发 xióng zī yīng fā
雄居 xióng jū
雄文大手 xióng wén dà shǒu
雄风 xióng fēng
雅乐 yǎ yuè
雅兴 yǎ xìng
雅正 yǎ zhèng
雅称 yǎ chēng
雅量 yǎ liàng
雅雀无声 yǎ què wú shēng
雅鲁藏布江 yǎ lǔ zàng bù jiāng
集中 jí zhōng
集会 jí huì
集体 jí tǐ
集体主义 jí tǐ zhǔ yì
集体婚礼 jí tǐ hūn lǐ
集合 jí hé
集大成 jí dà chéng
集散 jí sàn
集散地 jí sàn dì
集结 jí jié
雇佣 gù yōng
雇佣军 gù yōng jūn
雇佣劳动 gù yōng láo dòng
雍和 yōng hé
雍容不迫 yōng róng bù pò
雍容大度 yōng róng dà dù
雍容大雅 yōng róng dà yǎ
雍正 yōng zhèng
雏燕 chú yàn
雏鸟 chú niǎo
雕心雁爪 diāo xīn yàn zhǎo
雕心鹰爪 diāo xīn yīng zhǎo
雕文织采 diāo wén zhī cǎi
雕楹碧槛 diāo yíng bì kǎn
雕琢 diāo zhuó
雕盘绮食 diāo pán qǐ shí
雕章琢句 diāo zhāng zhuó jù
雕章绘句 diāo zhāng huì jù
雕章镂句 diāo zhāng lòu jù
雕肝琢肾 diāo gān zhuó shèn
雕肝琢膂 diāo gān zhuó lǚ
雕虫末伎 diāo chóng mò jì
雕虫薄技 diāo chóng báo jì
雕蚶镂蛤 diāo hān lòu gé
雕风镂月 diāo fēng lòu yuè
雨丝 yǔ sī
雨丝风片 yǔ sī fēng piàn
雨云 yǔ yún
雨区 yǔ qū
雨卧风餐 yǔ wò fēng cān
雨声 yǔ shēng
雨宿风餐 yǔ sù fēng cān
雨布 yǔ bù
雨帘云栋 yǔ lián yún dòng
雨恨云愁 yǔ hèn yún chóu
雨情 yǔ qíng
雨打风吹 yǔ dǎ fēng chuī
雨散云飞 yǔ sàn yún fēi
雨散风流 yǔ sàn fēng liú
雨条烟叶 yǔ tiáo yān yè
雨水 yǔ shuǐ
雨水管 yǔ shuǐ guǎn
雨沐风餐 yǔ mù fēng cān
雨泣云愁 yǔ qì yún chóu
雨点 yǔ diǎn
雨燕 yǔ yàn
雨珠 yǔ zhū
雨珠儿 yǔ zhū er
雨约云期 yǔ yuē yún qī
雨花石 yǔ huā shí
雨蒙蒙 yǔ méng méng
雨衣 yǔ yī
雨过天青 yǔ guò tiān qīng
雨量 yǔ liàng
雨零星乱 yǔ líng xīng luàn
雨露 yǔ lù
雨顺风调 yǔ shùn fēng tiáo
雨鬣霜蹄 yǔ liè shuāng tí
雪上加霜 xuě shàng jiā shuāng
雪中鸿爪 xuě zhōng hóng zhǎo
雪北香南 xuě běi xiāng nán
雪地 xuě dì
雪夜 xuě yè
雪天 xuě tiān
雪月风花 xuě yuè fēng huā
雪泥鸿爪 xuě ní hóng zhǎo
雪窗萤几 xuě chuāng yíng jǐ
雪耻 xuě chǐ
雪耻报仇 xuě chǐ bào chóu
雪胎梅骨 xuě tāi méi gǔ
雪茄 xuě jiā
雪鸿指爪 xuě hóng zhǐ zhǎo
零丁孤苦 líng dīng gū kǔ
零增长 líng zēng zhǎng
零头 líng tóu
零存整取 líng cún zhěng qǔ
零度 líng dù
零打碎敲 líng dǎ suì qiāo
零数 líng shù
零敲碎打 líng qiāo suì dǎ
零杂工 líng zá gōng
零活儿 líng huó er
零落 líng luò
零食 líng shí
雷令风行 léi lìng fēng xíng
雷动风行 léi dòng fēng xíng
雷厉风行 léi lì fēng xíng
雷厉风飞 léi lì fēng fēi
雷同 léi tóng
雷打不动 léi dǎ bù dòng
雷暴 léi bào
雷阵雨 léi zhèn yǔ
雷雨 léi yǔ
雷雨云 léi yǔ yún
雷霆万钧 léi tíng wàn jūn
雾里看花 wù lǐ kàn huā
雾集云合 wù jí yún hé
雾鳞云爪 wù lín yún zhǎo
霁月光风 jì yuè guāng fēng
霁风朗月 jì fēng lǎng yuè
霄壤之别 xiāo rǎng zhī bié
震中 zhèn zhōng
震区 zhèn qū
震天动地 zhèn tiān dòng dì
震颤 zhèn chàn
霉变 méi biàn
霉头 méi tóu
霉雨 méi yǔ
霍地 huò dì
霎时间 shà shí jiān
霓裳 ní cháng
霖雨 lín yǔ
霜凋夏绿 shuāng diāo xià lǜ
霜叶 shuāng yè
霜期 shuāng qī
霜行草宿 shuāng xíng cǎo xiǔ
霜降 shuāng jiàng
霜露之悲 shuāng lù zhī bēi
霜露之病 shuāng lù zhī bìng
霞光万道 xiá guāng wàn dào
霞石 xiá shí
霰弹 xiàn dàn
露一手 lòu yī shǒu
露丑 lòu chǒu
露光 lù guāng
露刃 lòu rèn
露天 lù tiān
露天开采 lù tiān kāi cǎi
露头 lòu tóu
露头角 lù tóu jiǎo
露宿 lù sù
露宿风餐 lù sù fēng cān
露富 lòu fù
露尾藏头 lù wěi cáng tóu
露己扬才 lù jǐ yáng cái
露布 lù bù
露底 lòu dǐ
露影藏形 lù yǐng cáng xíng
露往霜来 lù wǎng shuāng lái
露怯 lòu qiè
露水 lù shuǐ
露洒 lù sǎ
露点 lù diǎn
露珠 lù zhū
露白 lòu bái
露相 lòu xiàng
露红烟绿 lù hóng yān lǜ
露胆披诚 lù dǎn pī chéng
露脸 lòu liǎn
露苗 lòu miáo
露酒 lù jiǔ
露面 lòu miàn
露面抛头 lù miàn pāo tóu
露风 lòu fēng
露餐风宿 lù cān fēng sù
露馅 lòu xiàn
露馅儿 lòu xiàn ér
露马脚 lòu mǎ jiǎo
露骨 lù gǔ
露齿 lù chǐ
霸王鞭 bà wáng biān
霸王风月 bà wáng fēng yuè
霸道横行 bà dào héng xíng
霸陵醉尉 bà líng zuì wèi
青下 qīng xià
青云万里 qīng yún wàn lǐ
青云直上 qīng yún zhí shàng
青史传名 qīng shǐ chuán míng
青堂瓦舍 qīng táng wǎ shè
青山一发 qīng shān yī fà
青山不老 qīng shān bù lǎo
青山绿水 qīng shān lǜ shuǐ
青年会 qīng nián huì
青春期 qīng chūn qī
青林黑塞 qīng lín hēi sài
青枝绿叶 qīng zhī lǜ yè
青灯古佛 qīng dēng gǔ fó
青灯黄卷 qīng dēng huáng juàn
青田石 qīng tián shí
青石 qīng shí
青紫被体 qīng zǐ pī tǐ
青红皁白 qīng hóng zào bái
青红皂白 qīng hóng zào bái
青绿 qīng lǜ
青肝碧血 qīng gān bì xuè
青茶 qīng chá
青藏高原 qīng zàng gāo yuán
青蛇 qīng shé
青霄直上 qīng xiāo zhí shàng
青鸟殷勤 qīng niǎo yīn qín
青龙金匮 qīng lóng jīn kuì
靓丽 liàng lì
靓仔 liàng zǎi
靓女 liàng nǚ
靓衣 jìng yī
静乐 jìng lè
静极思动 jìng jí sī dòng
静电反应 jìng diàn fǎn yìng
静脉 jìng mài
静言令色 jìng yán lìng sè
非亲非故 fēi qīn fēi gù
非分 fēi fèn
非分之念 fēi fèn zhī niàn
非分之财 fēi fèn zhī cái
非同一般 fēi tóng yī bān
非同小可 fēi tóng xiǎo kě
非得 fēi děi
非意相干 fēi yì xiāng gān
非正义战争 fēi zhèng yì zhàn zhēng
非电解质 fēi diàn jiě zhì
非职务发明 fēi zhí wù fā míng
非金属 fēi jīn shǔ
靠泊 kào bó
靠背 kào bèi
靡丽 mǐ lì
靡所适从 mí suǒ shì cóng
靡有孑遗 mǐ yǒu jié yí
靡然乡风 mí rán xiāng fēng
靡然从风 mǐ rán cóng fēng
靡然向风 mí rán xiàng fēng
靡然成风 mí rán chéng fēng
靡然顺风 mí rán shùn fēng
靡衣偷食 mǐ yī tōu shí
靡衣媮食 mǐ yī tōu shí
靡衣玉食 mí yī yù shí
靡靡之乐 mǐ mǐ zhī yuè
靡靡之音 mǐ mǐ zhī yīn
面上 miàn shàng
面不改色 miàn bù gǎi sè
面争庭论 miàn zhēng tíng lùn
面似靴皮 miàn sì xuē pí
面包车 miàn bāo chē
面北眉南 miàn běi méi nán
面告 miàn gào
面命耳提 miàn mìng ěr tí
面如冠玉 miàn rú guān yù
面巾纸 miàn jīn zhǐ
面折庭争 miàn shé tíng zhēng
面折廷争 miàn zhé tíng zhēng
面折廷诤 miàn shé tíng zhèng
面是背非 miàn shì bèi fēi
面有菜色 miàn yǒu cài sè
面有难色 miàn yǒu nán sè
面朝 miàn cháo
面汤 miàn tāng
面片儿 miàn piān er
面目可憎 miàn mù kě zēng
面相 miàn xiàng
面红 miàn hóng
面红耳热 miàn hóng ěr rè
面红耳赤 miàn hóng ěr chì
面红面绿 miàn hóng miàn lǜ
面红面赤 miàn hóng miàn chì
面红颈赤 miàn hóng jǐng chì
面见 miàn jiàn
面誉背毁 miàn yù bèi huǐ
面誉背非 miàn yù bèi fēi
面谀背毁 miàn yú bèi huǐ
面面相窥 miàn miàn xiāng kuī
面食 miàn shí
靦颜事仇 tiǎn yán shì chóu
革命反正 gé mìng fǎn zhèng
革命委员会 gé mìng wěi yuán huì
革命家 gé mìng jiā
革命根据地 gé mìng gēn jù dì
革奸铲暴 gé jiān chǎn bào
革心易行 gé xīn yì xíng
革邪反正 gé xié fǎn zhèng
革面敛手 gé miàn liǎn shǒu
革面洗心 gé miàn xǐ xīn
鞅鞅不乐 yāng yāng bù lè
鞋弓袜浅 xié gōng wà qiǎn
鞋弓襪浅 xié gōng wà qiǎn
鞋跟儿 xié gēn er
鞘里藏刀 qiào lǐ cáng dāo
鞠为茂草 jū wéi mào cǎo
鞠躬屏气 jū gōng bǐng qì
鞫为茂草 jū wéi mào cǎo
鞭打 biān dǎ
鞭打快牛 biān dǎ kuài niú
鞭擗向里 biān pǐ xiàng lǐ
鞭擗进里 biān pǐ jìn lǐ
鞭炮 biān pào
鞭约近里 biān yuē jìn lǐ
鞭辟入里 biān pì rù lǐ
鞭辟向里 biān bì xiàng lǐ
鞭辟着里 biān bì zhuó lǐ
鞭辟近里 biān pì jìn lǐ
鞭长不及 biān cháng bù jí
鞭长不及马腹 biān cháng bù jí mǎ fù
鞭长莫及 biān cháng mò jí
鞭长驾远 biān cháng jià yuǎn
鞭鞘 biān shāo
韦裤布被 wéi kù bù bèi
韧劲 rèn jìn
韧度 rèn dù
韩寿分香 hán shòu fēn xiāng
韩潮苏海 hán cháo sū hǎi
韫椟而藏 yùn dú ér cáng
韫椟藏珠 yùn dú cáng zhū
韬光俟奋 tāo guāng sì fèn
韬光隐晦 tāo guāng yǐn huì
韬光韫玉 tāo guāng yùn yù
韬戈卷甲 tāo gē juǎn jiǎ
韬晦待时 tāo huì dài shí
音乐 yīn yuè
音乐剧 yīn yuè jù
音乐喷泉 yīn yuè pēn quán
音乐片 yīn yuè piàn
音乐界 yīn yuè jiè
音乐老师 yīn yuè lǎo shī
音乐茶座 yīn yuè chá zuò
音乐频道 yīn yuè pín dào
音信 yīn xìn
音信杳无 yīn xìn yǎo wú
音像制品 yīn xiàng zhì pǐn
音区 yīn qū
音容宛在 yīn róng wǎn zài
音强 yīn qiáng
音画 yīn huà
音系 yīn xì
音节 yīn jié
音节文字 yīn jié wén zì
音调 yīn diào
音量 yīn liàng
音频 yīn pín
韵头 yùn tóu
韵语 yùn yǔ
韵调 yùn diào
韶华 sháo huá
页数 yè shù
顶上 dǐng shàng
顶名冒姓 dǐng míng mào xìng
顶呱呱 dǐng guā guā
顶天立地 dǐng tiān lì dì
顶天踵地 dǐng tiān zhǒng dì
顶头 dǐng tóu
顶数 dǐng shù
顶角 dǐng jiǎo
顶踵捐糜 dǐng zhǒng juān mí
顶风 dǐng fēng
顶骨 dǐng gǔ
项圈 xiàng quān
项背 xiàng bèi
顺人应天 shùn rén yìng tiān
顺从 shùn cóng
顺便 shùn biàn
顺便一提 shùn biàn yì tí
顺和 shùn hé
顺天从人 shùn tiān cóng rén
顺天应人 shùn tiān yìng rén
顺天应时 shùn tiān yīng shí
顺差 shùn chā
顺应 shùn yìng
顺当 shùn dāng
顺手牵羊 shùn shǒu qiān yáng
顺水顺风 shùn shuǐ shùn fēng
顺美匡恶 shùn měi kuāng è
顺蔓摸瓜 shùn màn mō guā
顺过饰非 shùn guò shì fēi
顺风 shùn fēng
顺风吹火 shùn fēng chuī huǒ
顺风而呼 shùn fēng ér hū
顺风耳 shùn fēng ěr
须发 xū fà
须发皆白 xū fà jiē bái
须知 xū zhī
顽强 wán qiáng
顽皮贼骨 wán pí zéi gǔ
顽皮赖骨 wán pí lài gǔ
顽石 wán shí
顽石点头 wán shí diǎn tóu
顾前不顾后 gù qián bù gù hòu
顾名思义 gù míng sī yì
顾家 gù jiā
顾小失大 gù xiǎo shī dà
顾景惭形 gù yǐng cán xíng
顾虑重重 gù lǜ chóng chóng
顿学累功 dùn xué lěi gōng
顿开茅塞 dùn kāi máo sè
顿纲振纪 dùn gāng zhèn jì
顿足椎胸 dùn zú zhuī xiōng
颀长 qí cháng
颂声载道 sòng shēng zǎi dào
颂诗 sòng shī
预产期 yù chǎn qī
预卜 yù bǔ
预压 yù yā
预备期 yù bèi qī
预应力 yù yìng lì
预应力混凝土 yù yìng lì hùn níng tǔ
预期 yù qī
预知 yù zhī
预行 yù xíng
预见 yù jiàn
领办 lǐng bàn
领地 lǐng dì
领花 lǐng huā
颉颃 xié háng
颊上三毛 jiá shàng sān máo
颊车 jiá chē
颌骨 hé gǔ
频传 pín chuán
频发 pín fā
频度 pín dù
频数 pín shuò
频率 pín lǜ
频繁 pín fán
频道 pín dào
频频 pín pín
颓风 tuí fēng
题解 tí jiě
颚骨 è gǔ
颜丹鬓绿 yán dān bìn lǜ
颜筋柳骨 yán jīn liǔ gǔ
颜精柳骨 yán jīng liǔ gǔ
颜面扫地 yán miàn sǎo dì
额头 é tóu
额度 é dù
额数 é shù
额角 é jiǎo
额骨 é gǔ
颞骨 niè gǔ
颠三倒四 diān sān dǎo sì
颠乾倒坤 diān qián dǎo kūn
颠仆流离 diān pū liú lí
颠倒 diān dǎo
颠倒乾坤 diān dǎo qián kūn
颠倒干坤 diān dǎo gàn kūn
颠倒是非 diān dǎo shì fēi
颠倒衣裳 diān dǎo yī cháng
颠倒黑白 diān dǎo hēi bái
颠唇簸嘴 diān chún bò zuǐ
颠扑不破 diān pū bù pò
颠簸 diān bǒ
颠簸不破 diān bǒ bù pò
颠衣到裳 diān yī dào cháng
颠颠倒倒 diān diān dǎo dǎo
颠鸾倒凤 diān luán dǎo fèng
颤动 chàn dòng
颤声 chàn shēng
颤栗 zhàn lì
颤音 chàn yīn
颤颤 chàn chàn
颧骨 quán gǔ
风举云摇 fēng jǔ yún yáo
风举云飞 fēng jǔ yún fēi
风云不测 fēng yún bù cè
风云月露 fēng yún yuè lù
风云突变 fēng yún tū biàn
风云际会 fēng yún jì huì
风仙花 fēng xiān huā
风传 fēng chuán
风俗 fēng sú
风俗人情 fēng sú rén qíng
风俗画 fēng sú huà
风信年华 fēng xìn nián huá
风光 fēng guāng
风光片 fēng guāng piàn
风兵草甲 fēng bīng cǎo jiǎ
风凉 fēng liáng
风凉话 fēng liáng huà
风前月下 fēng qián yuè xià
风动 fēng dòng
风化 fēng huà
风华 fēng huá
风卷残云 fēng juǎn cán yún
风压 fēng yā
风发 fēng fā
风口 fēng kǒu
风口浪尖 fēng kǒu làng jiān
风向 fēng xiàng
风向器 fēng xiàng qì
风向标 fēng xiàng biāo
风吹浪打 fēng chuī làng dǎ
风吹草动 fēng chuī cǎo dòng
风吹雨打 fēng chuī yǔ dǎ
风吹马耳 fēng chuī mǎ ěr
风味 fēng wèi
风和日丽 fēng hé rì lì
风和日暖 fēng hé rì nuǎn
风和日美 fēng hé rì měi
风回电激 fēng huí diàn jī
风土 fēng tǔ
风土人情 fēng tǔ rén qíng
风声 fēng shēng
风头 fēng tou
风媒花 fēng méi huā
风寒 fēng hán
风尘 fēng chén
风尘之会 fēng chén zhī huì
风尘之变 fēng chén zhī biàn
风尘碌碌 fēng chén lù lù
风干 fēng gān
风度 fēng dù
风急浪高 fēng jí làng gāo
风情 fēng qíng
风扇 fēng shàn
风挡 fēng dǎng
风掣雷行 fēng chè léi xíng
风斗 fēng dǒu
风景 fēng jǐng
风景不殊 fēng jǐng bù shū
风景区 fēng jǐng qū
风景如画 fēng jǐng rú huà
风景点 fēng jǐng diǎn
风景画 fēng jǐng huà
风暴 fēng bào
风月 fēng yuè
风月无边 fēng yuè wú biān
风木之悲 fēng mù zhī bēi
风木含悲 fēng mù hán bēi
风标 fēng biāo
风樯阵马 fēng qiáng zhèn mǎ
风水 fēng shuǐ
风水先生 fēng shuǐ xiān shēng
风沙 fēng shā
风波 fēng bō
风流 fēng liú
风流儒雅 fēng liú rú yǎ
风流千古 fēng liú qiān gǔ
风流潇洒 fēng liú xiāo sǎ
风流罪过 fēng liú zuì guò
风流蕴藉 fēng liú yùn jiè
风清弊绝 fēng qīng bì jué
风清月明 fēng qīng yuè míng
风湿 fēng shī
风湿病 fēng shī bìng
风源 fēng yuán
风潇雨晦 fēng xiāo yǔ huì
风激电飞 fēng jī diàn fēi
风烛草露 fēng zhú cǎo lù
风琴 fēng qín
风神 fēng shén
风管 fēng guǎn
风纪 fēng jì
风能 fēng néng
风色 fēng sè
风花雪夜 fēng huā xuě yè
风花雪月 fēng huā xuě yuè
风虎云龙 fēng hǔ yún lóng
风行 fēng xíng
风行一时 fēng xíng yī shí
风行水上 fēng xíng shuǐ shàng
风行电击 fēng xíng diàn jī
风行草从 fēng xíng cǎo cóng
风行草偃 fēng xíng cǎo yǎn
风行草靡 fēng xíng cǎo mí
风行革偃 fēng xíng gé yǎn
风衣 fēng yī
风言影语 fēng yán yǐng yǔ
风言醋语 fēng yán cù yǔ
风言雾语 fēng yán wù yǔ
风言风语 fēng yán fēng yǔ
风调雨顺 fēng tiáo yǔ shùn
风貌 fēng mào
风趣 fēng qù
风趣横生 fēng qù héng shēng
风车 fēng chē
风车云马 fēng chē yún mǎ
风车雨马 fēng chē yǔ mǎ
风速 fēng sù
风速器 fēng sù qì
风道 fēng dào
风采 fēng cǎi
风量 fēng liàng
风镐 fēng hào
风门 fēng mén
风门水口 fēng mén shuǐ kǒu
风雅 fēng yǎ
风雨 fēng yǔ
风雨不改 fēng yǔ bù gǎi
风雨不测 fēng yǔ bù cè
风雨交加 fēng yǔ jiāo jiā
风雨如晦 fēng yǔ rú huì
风雨无阻 fēng yǔ wú zǔ
风雨晦冥 fēng yǔ huì míng
风雨漂摇 fēng yǔ piāo yáo
风雨衣 fēng yǔ yī
风雨飘摇 fēng yǔ piāo yáo
风雪 fēng xuě
风雪交加 fēng xuě jiāo jiā
风雷 fēng léi
风雷之变 fēng léi zhī biàn
风雷火炮 fēng léi huǒ pào
风霜 fēng shuāng
风靡 fēng mǐ
风靡一时 fēng mǐ yī shí
风风火火 fēng fēng huǒ huǒ
风风雨雨 fēng fēng yǔ yǔ
风餐露宿 fēng cān lù sù
风马云车 fēng mǎ yún chē
风驰云卷 fēng chí yún juǎn
风驰云走 fēng chí yún zǒu
风驰电击 fēng chí diàn jī
风驰电卷 fēng chí diàn juǎn
风驰草靡 fēng chí cǎo mǐ
风驰霆击 fēng chí tíng jī
风驱电击 fēng qū diàn jī
风骨 fēng gǔ
风鸟 fēng niǎo
飓风 jù fēng
飘泊 piāo bó
飘泊无定 piāo bó wú dìng
飘洋过海 piāo yáng guò hǎi
飘洒 piāo sǎ
飘落 piāo luò
飘风 piāo fēng
飘风急雨 piāo fēng jí yǔ
飘风暴雨 piāo fēng bào yǔ
飘风苦雨 piāo fēng kǔ yǔ
飘风过耳 piāo fēng guò ěr
飘风骤雨 piāo fēng zhòu yǔ
飙车 biāo chē
飞临 fēi lín
飞地 fēi dì
飞将军 fēi jiāng jūn
飞将数奇 fēi jiàng shù jī
飞弹 fēi dàn
飞旋 fēi xuán
飞沙走石 fēi shā zǒu shí
飞洒 fēi sǎ
飞流短长 fēi liú duǎn cháng
飞燕 fēi yàn
飞珠溅玉 fēi zhū jiàn yù
飞眼传情 fēi yǎn chuán qíng
飞短流长 fēi duǎn liú cháng
飞石 fēi shí
飞砂走石 fēi shā zǒu shí
飞砂转石 fēi shā zhuǎn shí
飞红 fēi hóng
飞落 fēi luò
飞蓬随风 fēi péng suí fēng
飞蛾 fēi é
飞蛾扑火 fēi é pū huǒ
飞蛾投火 fēi é tóu huǒ
飞蛾赴火 fēi é fù huǒ
飞行 fēi xíng
飞行器 fēi xíng qì
飞语 fēi yǔ
飞跑 fēi pǎo
飞车 fēi chē
飞转 fēi zhuàn
飞雨 fēi yǔ
飞霜六月 fēi shuāng liù yuè
飞鸟惊蛇 fēi niǎo jīng shé
飞鸿雪爪 fēi hóng xuě zhǎo
飞龙乘云 fēi lóng chéng yún
食不二味 shí bù èr wèi
食不充口 shí bù chōng kǒu
食不兼味 shí bù jiān wèi
食不兼肉 shí bù jiān ròu
食不暇饱 shí bù xiá bǎo
食不甘味 shí bù gān wèi
食不知味 shí bù zhī wèi
食不累味 shí bù lèi wèi
食不终味 shí bù zhōng wèi
食不遑味 shí bù huáng wèi
食不重味 shí bù chóng wèi
食不重肉 shí bù chóng ròu
食不餬口 shí bù hú kǒu
食为民天 shí wéi mín tiān
食人 shí rén
食口 shí kǒu
食品 shí pǐn
食宿 shí sù
食宿相兼 shí sù xiāng jiān
食少事繁 shí shǎo shì fán
食指 shí zhǐ
食指大动 shí zhǐ dà dòng
食无求饱 shí wú qiú bǎo
食母 sì mǔ
食毛践土 shí máo jiàn tǔ
食玉炊桂 shí yù chuī guì
食用 shí yòng
食疗 shí liáo
食相 shí xiàng
食租衣税 shí zū yī shuì
食积 shí jī
食管 shí guǎn
食粮 shí liáng
食肉 shí ròu
食言 shí yán
食道 shí dào
食量 shí liàng
食饥息劳 shí jī xī láo
餐云卧石 cān yún wò shí
餐松啖柏 cān sōng dàn bó
餐葩饮露 cān pā yǐn lù
餐车 cān chē
餐霞吸露 cān xiá xī lù
餐风咽露 cān fēng yàn lù
餐风宿水 cān fēng sù shuǐ
餐风宿草 cān fēng sù cǎo
餐风宿雨 cān fēng sù yǔ
餐风宿露 cān fēng sù lù
餐风沐雨 cān fēng mù yǔ
餐风露宿 cān fēng lù sù
餐风饮露 cān fēng yǐn lù
餔糟啜漓 bū zāo chuò lí
餔糟啜醨 bū zāo chuò lí
饔飧不给 yōng sūn bù jǐ
饔飧不饱 yōng sūn bù bǎo
饥不择食 jī bù zé shí
饥不暇食 jī bù xiá shí
饥不遑食 jī bù huáng shí
饥冻交切 jī dòng jiāo qiē
饥寒交切 jī hán jiāo qiē
饥寒交迫 jī hán jiāo pò
饥饱 jī bǎo
饫闻厌见 yù wén yàn jiàn
饭量 fàn liàng
饭食 fàn shí
饮冰内热 yǐn bīng nèi rè
饮弹 yǐn dàn
饮弹自尽 yǐn dàn zì jìn
饮水啜菽 yǐn shuǐ chuò shū
饮水思源 yǐn shuǐ sī yuán
饮水栖衡 yǐn shuǐ qī héng
饮水知源 yǐn shuǐ zhī yuán
饮片 yǐn piàn
饮牲口 yǐn shēng kǒu
饮犊上流 yìn dú shàng liú
饮胆尝血 yǐn dǎn cháng xuè
饮血崩心 yǐn xuè bēng xīn
饮血茹毛 yǐn xuè rú máo
饮露餐风 yǐn lù cān fēng
饮风餐露 yǐn fēng cān lù
饮食 yǐn shí
饮食男女 yǐn shí nán nǚ
饮食疗法 yǐn shí liáo fǎ
饮食起居 yǐn shí qǐ jū
饮马长江 yìn mǎ cháng jiāng
饯别 jiàn bié
饯行 jiàn xíng
饰怪装奇 shì guài zhuāng qí
饰情矫行 shì qíng jiǎo xíng
饰智矜愚 shì zhì jīn yú
饰非养过 shì fēi yǎng guò
饰非掩过 shì fēi yǎn guò
饰非文过 shì fēi wén guò
饰非遂过 shì fēi suí guò
饱和 bǎo hé
饱和点 bǎo huó diǎn
饱经 bǎo jīng
饱经风雨 bǎo jīng fēng yǔ
饱经风霜 bǎo jīng fēng shuāng
饱食 bǎo shí
饱食暖衣 bǎo shí nuǎn yī
饱食终日 bǎo shí zhōng rì
饶头 ráo tou
饶有 ráo yǒu
饶舌调唇 ráo shé tiáo chún
饼干 bǐng gān
饼铛 bǐng chēng
饿殍枕藉 è piǎo zhěn jí
饿殍载道 è piǎo zài dào
饿莩载道 è piǎo zǎi dào
饿莩遍野 è piǎo biàn yě
饿虎 è hǔ
饿虎吞羊 è hǔ tūn yáng
饿虎扑羊 è hǔ pū yáng
饿虎扑食 è hǔ pū shí
饿虎擒羊 è hǔ qín yáng
馄饨 hún tún
馄饨皮儿 hún tún pí er
馆长 guǎn zhǎng
馏分 liú fèn
馒头 mán tou
首发 shǒu fā
首善之区 shǒu shàn zhī qū
首善之地 shǒu shàn zhī dì
首尾 shǒu wěi
首尾相应 shǒu wěi xiāng yìng
首尾相援 shǒu wěi xiāng yuán
首度 shǒu dù
首当其冲 shǒu dāng qí chōng
首恶 shǒu è
首相 shǒu xiàng
首身分离 shǒu shēn fēn lí
首车 shǒu chē
首都 shǒu dū
首长 shǒu zhǎng
首飞 shǒu fēi
香会 xiāng huì
香喷喷 xiāng pēn pēn
香培玉琢 xiāng péi yù zhuó
香干 xiāng gān
香干儿 xiāng gān er
香格里拉 xiāng gé lǐ lā
香槟 xiāng bīn
香槟酒 xiāng bīn jiǔ
香火不绝 xiāng huǒ bù jué
香片 xiāng piàn
香臭 xiāng chòu
香花供养 xiāng huā gòng yǎng
香车宝马 xiāng chē bǎo mǎ
騃女痴男 ái nǚ chī nán
马上 mǎ shàng
马上功成 mǎ shàng gōng chéng
马上墙头 mǎ shàng qiáng tóu
马上得天下 mǎ shàng dé tiān xià
马上看花 mǎ shàng kàn huā
马不停蹄 mǎ bù tíng tí
马中关五 mǎ zhōng guān wǔ
马仔 mǎ zǎi
马克思 mǎ kè sī
马克思主义 mǎ kè sī zhǔ yì
马克思列宁主义 mǎ kè sī liè níng zhǔ yì
马入华山 mǎ rù huà shān
马六甲 mǎ liù jiǎ
马勒 mǎ lè
马后炮 mǎ hòu pào
马圈 mǎ juàn
马壮人强 mǎ zhuàng rén qiáng
马大哈 mǎ dà hā
马头 mǎ tóu
马头琴 mǎ tóu qín
马尾 mǎ yǐ
马尾巴 mǎ yǐ bā
马尾松 mǎ wěi sōng
马尾藻 mǎ wěi zǎo
马尾辫 mǎ wěi biàn
马尿 mǎ niào
马扎 mǎ zhá
马拉松 mǎ lā sōng
马拉松赛跑 mǎ lā sōng sài pǎo
马放南山 mǎ fàng nán shān
马水车龙 mǎ shuǐ chē lóng
马牛其风 mǎ niú qí fēng
马瘦毛长 mǎ shòu máo cháng
马空冀北 mǎ kōng jì běi
马翻人仰 mǎ fān rén yǎng
马耳东风 mǎ ěr dōng fēng
马耳春风 mǎ ěr chūn fēng
马角乌头 mǎ jiǎo wū tóu
马角乌白 mǎ jiǎo wū bái
马赫数 mǎ hè shù
马足龙沙 mǎ zú lóng shā
马车 mǎ chē
马面牛头 mǎ miàn niú tóu
马革盛尸 mǎ gé shèng shī
马齿徒长 mǎ chǐ tú zhǎng
马龙车水 mǎ lóng chē shuǐ
驰名中外 chí míng zhōng wài
驰风骋雨 chí fēng chěng yǔ
驱车 qū chē
驱迫 qū pò
驳倒 bó dǎo
驳论 bó lùn
驴唇不对马嘴 lǘ chún bù duì mǎ zuǐ
驴头不对马嘴 lǘ tóu bù duì mǎ zuǐ
驷马不追 sì mǎ bù zhuī
驷马莫追 sì mǎ mò zhuī
驷马轩车 sì mǎ xuān chē
驷马难追 sì mǎ nán zhuī
驷马高车 sì mǎ gāo chē
驹齿未落 jū chǐ wèi luò
驻地 zhù dì
驻扎 zhù zhā
驻红却白 zhù hóng què bái
驼背 tuó bèi
驽马铅刀 nú mǎ qiān dāo
驾车 jià chē
骀背鹤发 dài bèi hè fā
骁将 xiāo jiàng
骂不绝口 mà bù jué kǒu
骂天咒地 mà tiān zhòu dì
骂天扯地 mà tiān chě dì
骄儿騃女 jiāo ér sì nǚ
骆驿不绝 luò yì bù jué
骇人闻见 hài rén wén jiàn
骇龙走蛇 hài lóng zǒu shé
骈兴错出 pián xīng cuò chū
骈四俪六 pián sì lì liù
骈拇枝指 pián mǔ zhī zhǐ
骈枝 pián zhī
骈枝俪叶 pián zhī lì yè
骈首就系 pián shǒu jiù xì
验放 yàn fàng
验明正身 yàn míng zhèng shēn
验查 yàn chá
验核 yàn hé
验血 yàn xuè
骐骥困盐车 qí jì kùn yán chē
骑上扬州鹤 qí shàng yáng zhōu hè
骑乘 qí chéng
骑射 qí shè
骑曹不记马 qí cáo bù jì mǎ
骑虎难下 qí hǔ nán xià
骑驴吟灞上 qí lǘ yín bà shàng
骑驴索句 qí lǘ suǒ jù
骑驴风雪中 qí lǘ fēng xuě zhōng
骑鹤上扬 qí hè shàng yáng
骑鹤上维扬 qí hè shàng wéi yáng
骑龙弄凤 qí lóng nòng fèng
骚乱 sāo luàn
骚人 sāo rén
骚动 sāo dòng
骚情赋骨 sāo qíng fù gǔ
骠勇 piào yǒng
骠骑 piào qí
骤降 zhòu jiàng
骤雨 zhòu yǔ
骤雨暴风 zhòu yǔ bào fēng
骤雨狂风 zhòu yǔ kuáng fēng
骤风急雨 zhòu fēng jí yǔ
骤风暴雨 zhòu fēng bào yǔ
骥伏盐车 jì fú yán chē
骥服盐车 jì fú yán chē
骨化 gǔ huà
骨化风成 gǔ huà fēng chéng
骨头 gǔ tou
骨子 gǔ zi
骨子里 gǔ zi lǐ
骨干 gǔ gàn
骨折 gǔ zhé
骨朵 gū duǒ
骨朵儿 gū duǒ er
骨殖 gǔ shi
骨瘦如柴 gǔ shòu rú chái
骨碌 gū lù
骨碌碌 gū lù lù
骨碎补 gǔ suì bǔ
骨粉 gǔ fěn
骨结核 gǔ jié hé
骨肉 gǔ ròu
骨肉未寒 gǔ ròu wèi hán
骨肉至亲 gǔ ròu zhì qīn
骨胶 gǔ jiāo
骨腾肉飞 gǔ téng ròu fēi
骨节 gǔ jié
骨血 gǔ xuè
骨质 gǔ zhì
骨鲠 gǔ gěng
骨鲠在喉 gǔ gěng zài hóu
骶椎 dǐ zhuī
骶骨 dǐ gǔ
骸骨 hái gǔ
髋骨 kuān gǔ
髌骨 bìn gǔ
高下任心 gāo xià rèn xīn
高下其手 gāo xià qí shǒu
高不可攀 gāo bù kě pān
高个 gāo gè
高个儿 gāo gè er
高中 gāo zhōng
高丽 gāo lí
高丽参 gāo lí shēn
高丽纸 gāo lí zhǐ
高举深藏 gāo jǔ shēn cáng
高义薄云 gāo yì bó yún
高义薄云天 gāo yì báo yún tiān
高傲自大 gāo ào zì dà
高八度 gāo bā dù
高兴 gāo xìng
高分子 gāo fēn zǐ
高分子化工 gāo fēn zǐ huà gōng
高压 gāo yā
高压电 gāo yā diàn
高参 gāo cān
高发 gāo fā
高句骊 gāo gōu lí
高名大姓 gāo míng dà xìng
高地 gāo dì
高堂大厦 gāo táng dà shà
高大 gāo dà
高天厚地 gāo tiān hòu dì
高头大马 gāo tóu dà mǎ
高姓大名 gāo xìng dà míng
高射炮 gāo shè pào
高山反应 gāo shān fǎn yìng
高山景行 gāo shān jǐng xíng
高岭土 gāo lǐng tǔ
高差 gāo chà
高干 gāo gàn
高度 gāo dù
高度计 gāo dù jì
高强 gāo qiáng
高情逸兴 gāo qíng yì xīng
高才卓识 gāo cái zhuó shí
高才远识 gāo cái yuǎn shí
高挑 gāo tiǎo
高挑儿 gāo tiǎo ér
高效能 gāo xiào néng
高明远识 gāo míng yuǎn shí
高枝 gāo zhī
高校 gāo xiào
高梁面 gāo liáng miàn
高楼大厦 gāo lóu dà shà
高汤 gāo tāng
高深莫测 gāo shēn mò cè
高着 gāo zhāo
高知 gāo zhī
高祖父 gāo zǔ fù
高空 gāo kōng
高等学校 gāo děng xué xiào
高精尖 gāo jīng jiān
高纬度 gāo wěi dù
高纯 gāo chún
高翔远引 gāo xiáng yuǎn yǐn
高能 gāo néng
高腰 gāo yāo
高节清风 gāo jié qīng fēng
高蛋白 gāo dàn bái
高血压 gāo xuè yā
高见 gāo jiàn
高见远识 gāo jiàn yuǎn shí
高论 gāo lùn
高识远见 gāo shí yuǎn jiàn
高调 gāo diào
高谈大论 gāo tán dà lùn
高谈弘论 gāo tán hóng lùn
高谈虚论 gāo tán xū lùn
高谈阔论 gāo tán kuò lùn
高跟儿 gāo gēn er
高车驷马 gāo chē sì mǎ
高遏行云 gāo è xíng yún
高频 gāo pín
高频头 gāo pín tóu
高风劲节 gāo fēng jìng jié
高飞远走 gāo fēi yuǎn zǒu
高飞远遁 gāo fēi yuǎn dùn
高高兴兴 gāo gāo xìng xìng
高高在上 gāo gāo zài shàng
鬈发 quán fà
鬓发 bìn fà
鬓角 bìn jiǎo
鬻儿卖女 yù ér mài nǚ
鬻文为生 yù wén wéi shēng
鬻鸡为凤 yù jī wéi fèng
鬼使神差 guǐ shǐ shén chāi
鬼剃头 guǐ tì tóu
鬼头 guǐ tóu
鬼怕恶人 guǐ pà è rén
鬼神不测 guǐ shén bù cè
鬼神莫测 guǐ shén mò cè
鬼蜮伎俩 guǐ yù jì liǎng
鬼见愁 guǐ jiàn chóu
鬼魅伎俩 guǐ mèi jì liǎng
魁北克 kuí běi kè
魂不守舍 hún bù shǒu shè
魂不着体 hún bù zhuó tǐ
魂不著体 hún bù zhuó tǐ
魂亡胆落 hún wáng dǎn luò
魂亡魄失 hún wáng pò shī
魂惊胆落 hún jīng dǎn luò
魂惊胆颤 hún jīng dǎn chàn
魂惊魄落 hún jīng pò luò
魂颠梦倒 hún diān mèng dǎo
魂飞胆落 hún fēi dǎn luò
魂飞胆裂 hún fēi dǎn liè
魂飞胆颤 hún fēi dǎn chàn
魄散魂飘 pò sàn hún piāo
魄散魂飞 pò sàn hún fēi
魆风骤雨 xū fēng zhòu yǔ
魏颗结草 wèi kē jié cǎo
魏鹊无枝 wèi què wú zhī
魔头 mó tóu
魔女 mó nǚ
魔爪 mó zhǎo
鱼与熊掌 yú yǔ xióng zhǎng
鱼书雁信 yú shū yàn xìn
鱼传尺素 yú chuán chǐ sù
鱼大水小 yú dà shuǐ xiǎo
鱼头 yú tóu
鱼尾 yú wěi
鱼尾雁行 yú wěi yàn xíng
鱼水相投 yú shuǐ xiāng tóu
鱼汤 yú tāng
鱼沉雁落 yú chén yàn luò
鱼游濠上 yú yóu háo shàng
鱼游燋釜 yú yóu zhuó fǔ
鱼游釜中 yú yóu fǔ zhōng
鱼游釜内 yú yóu fǔ nèi
鱼溃鸟离 yú kuì niǎo lí
鱼漂 yú piāo
鱼烂瓦解 yú làn wǎ jiě
鱼片 yú piàn
鱼片儿 yú piàn er
鱼目混珠 yú mù hùn zhū
鱼目间珠 yú mù jiān zhū
鱼米之地 yú mǐ zhī dì
鱼肚 yú dǔ
鱼肚白 yú dù bái
鱼肠尺素 yú cháng chǐ sù
鱼贯而行 yú guàn ér xíng
鱼贯雁行 yú guàn yàn xíng
鱼龙混杂 yú lóng hùn zá
鲁斤燕削 lǔ jīn yàn xuē
鲁莽灭裂 lǔ mǎng miè liè
鲑鱼 guī yú
鲜为人知 xiǎn wéi rén zhī
鲜丽 xiān lì
鲜味 xiān wèi
鲜妍 xiān yán
鲜明 xiān míng
鲜有 xiǎn yǒu
鲜果 xiān guǒ
鲜活 xiān huó
鲜红 xiān hóng
鲜绿 xiān lǜ
鲜美 xiān měi
鲜肉 xiān ròu
鲜艳 xiān yàn
鲜艳夺目 xiān yàn duó mù
鲜花 xiān huā
鲜血 xiān xuè
鲜衣怒马 xiān yī nù mǎ
鲜衣美食 xiān yī měi shí
鲜衣良马 xiān yī liáng mǎ
鲜见 xiǎn jiàn
鲜蹦活跳 xiān bèng huó tiào
鲜车健马 xiān chē jiàn mǎ
鲜车怒马 xiān chē nù mǎ
鲜食 xiān shí
鲜鱼 xiān yú
鲤鱼跳龙门 lǐ yú tiào lóng mén
鲸吞蚕食 jīng tūn cán shí
鲽离鹣背 dié lí jiān bèi
鳇鱼 huáng yú
鳊鱼 biān yú
鳌头 áo tóu
鳌头独占 áo tóu dú zhàn
鳌鸣鳖应 áo míng biē yīng
鳞次相比 lín cì xiāng bǐ
鳞爪 lín zhǎo
鳞片 lín piàn
鳞集仰流 lín jí yǎng liú
鸟乱 niǎo luàn
鸟入樊笼 niǎo rù fán lóng
鸟啼花落 niǎo tí huā luò
鸟尽弓藏 niǎo jìn gōng cáng
鸟得弓藏 niǎo dé gōng cáng
鸟惊鱼溃 niǎo jīng yú kuì
鸟散鱼溃 niǎo sàn yú kuì
鸟枪换炮 niǎo qiāng huàn pào
鸟笼 niǎo lóng
鸟语花香 niǎo yǔ huā xiāng
鸟闹 diǎo nào
鸟雀 niǎo què
鸠车竹马 jiū chē zhú mǎ
鸡不及凤 jī bù jí fèng
鸡争鹅斗 jī zhēng é dòu
鸡公车 jī gōng chē
鸡内金 jī nèi jīn
鸡冠 jī guān
鸡声鹅斗 jī shēng é dòu
鸡头 jī tóu
鸡尸牛从 jī shī niú cóng
鸡尾酒 jī wěi jiǔ
鸡尾酒会 jī wěi jiǔ huì
鸡毛信 jī máo xìn
鸡爪子 jī zhuǎ zi
鸡皮鹤发 jī pí hè fà
鸡笼 jī lóng
鸡肋 jī lèi
鸡肤鹤发 jī fū hè fà
鸡胸龟背 jī xiōng guī bèi
鸡虫得失 jī chóng dé shī
鸡蛋里找骨头 jī dàn lǐ zhǎo gǔ tóu
鸡血石 jī xiě shí
鸡血藤 jī xuè téng
鸡飞狗跳 jī fēi gǒu tiào
鸡飞蛋打 jī fēi dàn dǎ
鸡鹜争食 jī wù zhēng shí
鸡鹜相争 jī wù xiāng zhēng
鸢肩鹄颈 yuān jiān hú jǐng
鸣不平 míng bù píng
鸣凤朝阳 míng fèng zhāo yáng
鸣炮 míng pào
鸣钟食鼎 míng zhōng shí dǐng
鸣锣喝道 míng luó hè dào
鸣鹤之应 míng hè zhī yìng
鸥水相依 ōu shuǐ xiāng yī
鸦片 yā piàn
鸦片战争 yā piàn zhàn zhēng
鸦雀无声 yā què wú shēng
鸦飞雀乱 yā fēi què luàn
鸭步鹅行 yā bù é xíng
鸭绒被 yā róng bèi
鸭绿江 yā lù jiāng
鸭肉 yā ròu
鸮鸣鼠暴 xiāo míng shǔ bào
鸽子 gē zi
鸽子笼 gē zi lóng
鸽笼 gē lóng
鸾停鹄峙 luán tíng hú zhì
鸾凤分飞 luán fèng fēn fēi
鸾分凤离 luán fēn fèng lí
鸾只凤单 luán zhī fèng dān
鸾漂凤泊 luán piāo fèng bó
鸾音鹤信 luán yīn hè xìn
鸾颠凤倒 luán diān fèng dǎo
鸾飘凤泊 luán piāo fèng bó
鸾鹄停峙 luán hú tíng zhì
鸿业远图 hóng yè yuǎn tú
鸿商富贾 hóng shāng fù gǔ
鸿案鹿车 hóng àn lù chē
鸿泥雪爪 hóng ní xuě zhǎo
鸿渐于干 hóng jiàn yú gàn
鸿爪 hóng zhǎo
鸿爪春泥 hóng zhǎo chūn ní
鸿爪留泥 hóng zhǎo liú ní
鸿爪雪泥 hóng zhǎo xuě ní
鸿篇巨着 hóng piān jù zhe
鸿蒙 hóng méng
鸿蒙初辟 hóng méng chū pì
鸿衣羽裳 hóng yī yǔ cháng
鸿隐凤伏 hóng yǐn fèng fú
鸿飞雪爪 hóng fēi xuě zhǎo
鸿飞霜降 hóng fēi shuāng jiàng
鸿鹄将至 hóng hú jiāng zhì
鹄峙鸾停 hú zhì luán tíng
鹄峙鸾翔 hú zhì luán xiáng
鹄的 gǔ dì
鹅不食草 é bù shí cǎo
鹅卵石 é luǎn shí
鹅掌风 é zhǎng fēng
鹅湖之会 é hú zhī huì
鹅王择乳 é wáng zé rǔ
鹊巢鸠占 què cháo jiū zhàn
鹏程万里 péng chéng wàn lǐ
鹏霄万里 péng xiāo wàn lǐ
鹑居鷇食 chún jū kòu shí
鹑衣百结 chún yī bǎi jié
鹑衣鷇食 chún yī kòu shí
鹤唳风声 hè lì fēng shēng
鹤处鸡群 hè chǔ jī qún
鹤归华表 hè guī huá biǎo
鹤知夜半 hè zhī yè bàn
鹤短凫长 hè duǎn fú cháng
鹤行鸡群 hè xíng jī qún
鹤长凫短 hè cháng fú duǎn
鹦鹉学语 yīng wǔ xué yǔ
鹪鹩一枝 jiāo liáo yī zhī
鹬蚌相争 yù bàng xiāng zhēng
鹬蚌相斗 yù bàng xiāng dòu
鹭序鸳行 lù xù yuān xíng
鹭序鹓行 lù xù yuān xíng
鹰击长空 yīng jī cháng kōng
鹰心雁爪 yīng xīn yàn zhǎo
鹰拿燕雀 yīng ná yàn què
鹰挚狼食 yīng zhì láng shí
鹰撮霆击 yīng cuō tíng jī
鹰爪 yīng zhǎo
鹰爪子 yīng zhuǎ zi
鹰觑鹘望 yīng qù hú wàng
鹿死不择音 lù sǐ bù zé yīn
鹿死谁手 lù sǐ shéi shǒu
鹿角霜 lù jiǎo shuāng
鹿驯豕暴 lù xùn shǐ bào
麇至沓来 qún zhì tà lái
麇骇雉伏 jūn hài zhì fú
麈尾之诲 zhǔ wěi zhī huì
麟凤龟龙 lín fèng guī lóng
麟角凤嘴 lín jiǎo fèng zuǐ
麟角凤毛 lín jiǎo fèng máo
麟角凤觜 lín jiǎo fèng zuǐ
麦克风 mài kè fēng
麦片 mài piàn
麦秆儿 mài gǎn er
麦茬儿 mài chá er
麦角 mài jiǎo
麦饭石 mài fàn shí
麻秆儿 má gǎn er
麻袋片儿 má dài piān er
麻雀 má què
黄了 huáng le
黄冠草履 huáng guàn cǎo lǚ
黄卷青灯 huáng juàn qīng dēng
黄发儿齿 huáng fà ér chǐ
黄发台背 huáng fā tái bèi
黄发骀背 huáng fā dài bèi
黄发鲐背 huáng fā tái bèi
黄台之瓜 huáng tái zhī guā
黄叶 huáng yè
黄毛丫头 huáng máo yā tou
黄汤淡水 huáng tāng dàn shuǐ
黄汤辣水 huáng tāng là shuǐ
黄沙 huáng shā
黄泥 huáng ní
黄石 huáng shí
黄羊 huáng yáng
黄连素 huáng lián sù
黄金时间 huáng jīn shí jiān
黄钟长弃 huáng zhōng cháng qì
黄陂 huáng pí
黄雀 huáng què
黄雀伺蝉 huáng què sì chán
黄雀在后 huáng què zài hòu
黄雀衔环 huáng què xián huán
黄骠马 huáng biāo mǎ
黄麻紫泥 huáng má zǐ ní
黏度 nián dù
黏皮带骨 nián pí dài gǔ
黏皮着骨 nián pí zhuó gǔ
黏着 nián zhuó
黏结 nián jié
黑价白日 hēi jià bái rì
黑体 hēi tǐ
黑体字 hēi tǐ zì
黑信 hēi xìn
黑压压 hēi yā yā
黑发 hēi fà
黑名单 hēi míng dān
黑啤酒 hēi pí jiǔ
黑地 hēi dì
黑地昏天 hēi dì hūn tiān
黑天墨地 hēi tiān mò dì
黑天摸地 hēi tiān mō dì
黑头 hēi tóu
黑家白日 hēi jiā bái rì
黑更半夜 hēi gēng bàn yè
黑漆皮灯笼 hēi qī pí dēng lóng
黑瘦 hēi shòu
黑白分明 hēi bái fēn míng
黑白片 hēi bái piàn
黑白相间 hēi bái xiāng jiàn
黑社会 hēi shè huì
黑种 hēi zhǒng
黑种人 hēi zhǒng rén
黑窝 hēi wō
黑窝点 hēi wō diǎn
黑红 hēi hóng
黑色金属 hēi sè jīn shǔ
黑蒙蒙 hēi méng méng
黑蛇 hēi shé
黑言诳语 hēi yán kuáng yǔ
黑车 hēi chē
黑铅 hēi qiān
黑雨 hēi yǔ
黑面 hēi miàn
黑面包 hēi miàn bāo
黑风 hēi fēng
黑风孽海 hēi fēng niè hǎi
黔南 qián nán
默不作声 mò bù zuò shēng
默化潜移 mò huà qián yí
默契 mò qì
默契神会 mò qì shén huì
默片 mò piàn
默转潜移 mò zhuǎn qián yí
黛绿 dài lǜ
黜衣缩食 chù yī suō shí
黜邪崇正 chù xié chóng zhèng
黼国黻家 fǔ guó fú jiā
黼蔀黻纪 fǔ bù fú jì
黾穴鸲巢 měng xué qú cháo
鼋鸣鳖应 yuán míng biē yìng
鼎折覆餗 dǐng shé fù sù
鼎折餗覆 dǐng shé sù fù
鼎盛 dǐng shèng
鼎足三分 dǐng zú sān fēn
鼎铛有耳 dǐng chēng yǒu ěr
鼎铛玉石 dǐng chēng yù shí
鼎鱼幕燕 dǐng yú mù yàn
鼎鼎大名 dǐng dǐng dà míng
鼎鼎有名 dǐng dǐng yǒu míng
鼎鼐调和 dǐng nài tiáo hé
鼓乐 gǔ yuè
鼓乐喧天 gǔ yuè xuān tiān
鼓乐齐鸣 gǔ yuè qí míng
鼓劲 gǔ jìn
鼓吻奋爪 gǔ wěn fèn zhǎo
鼓唇咋舌 gǔ chún zǎ shé
鼓弄 gǔ nòng
鼓旗相当 gǔ qí xiāng dāng
鼓脑争头 gǔ nǎo zhēng tóu
鼓腹含和 gǔ fù hán hé
鼓衰力尽 gǔ shuāi lì jìn
鼓角 gǔ jiǎo
鼓风 gǔ fēng
鼠入牛角 shǔ rù niú jiǎo
鼠牙雀角 shǔ yá què jiǎo
鼠目獐头 shǔ mù zhāng tóu
鼠目麞头 shǔ mù zhāng tóu
鼠穴寻羊 shǔ xué xún yáng
鼠类 shǔ lèi
鼠雀之牙 shǔ què zhī yá
鼷腹鹪枝 xī fù jiāo zhī
鼻中隔 bí zhōng gé
鼻塞 bí sè
鼻头 bí tóu
鼻头出火 bí tóu chū huǒ
鼻子 bí zi
鼻孔撩天 bí kǒng liáo tiān
鼻孔朝天 bí kǒng cháo tiān
鼻血 bí xuè
齐东野语 qí dōng yě yǔ
齐人 qí rén
齐人攫金 qí rén jué jīn
齐发 qí fā
齐名 qí míng
齐声 qí shēng
齐天 qí tiān
齐天大圣 qí tiān dà shèng
齐头 qí tóu
齐头并进 qí tóu bìng jìn
齐奏 qí zòu
齐家 qí jiā
齐家治国 qí jiā zhì guó
齐射 qí shè
齐心 qí xīn
齐抓共管 qí zhuā gòng guǎn
齐放 qí fàng
齐整 qí zhěng
齐明 qí míng
齐步 qí bù
齐步走 qí bù zǒu
齐烟九点 qí yān jiǔ diǎn
齐王舍牛 qí wáng shě niú
齐行 qí xíng
齐驱并进 qí qū bìng jìn
齐齐 qí qí
齐齐整整 qí qí zhěng zhěng
齑身粉骨 jī shēn fěn gǔ
齿冠 chǐ guān
齿危发秀 chǐ wēi fā xiù
齿如齐贝 chǐ rú qí bèi
齿牙余论 chǐ yá yú lùn
齿牙馀论 chǐ yá yú lùn
齿白唇红 chǐ bái chún hóng
齿若编贝 chǐ ruò biān bèi
齿过肩随 chǐ guò jiān suí
齿龈 chǐ yín
龃龉不合 jǔ yǔ bù hé
龇牙 zī yá
龇牙咧嘴 zī yá liě zuǐ
龇牙裂嘴 zī yá liè zuǐ
龈齿弹舌 yín chǐ dàn shé
龈龈计较 yín yín jì jiào
龙举云兴 lóng jǔ yún xīng
龙举云属 lóng jǔ yún shǔ
龙争虎斗 lóng zhēng hǔ dòu
龙兴云属 lóng xīng yún shǔ
龙化虎变 lóng huà hǔ biàn
龙华 lóng huá
龙卷 lóng juǎn
龙卷风 lóng juǎn fēng
龙口夺食 lóng kǒu duó shí
龙头 lóng tóu
龙头锯角 lóng tóu jù jiǎo
龙姿凤采 lóng zī fèng cǎi
龙屈蛇伸 lóng qū shé shēn
龙拏虎跳 lóng ná hǔ tiào
龙柏 lóng bǎi
龙潜凤采 lóng qián fèng cǎi
龙章秀骨 lóng zhāng xiù gǔ
龙章麟角 lóng zhāng lín jiǎo
龙虎斗 lóng hǔ dòu
龙虎风云 lóng hǔ fēng yún
龙蛇混杂 lóng shé hùn zá
龙蛇飞动 lóng shé fēi dòng
龙蟠虬结 lóng pán qiú jié
龙血玄黄 lóng xuè xuán huáng
龙行虎变 lóng xíng hǔ biàn
龙言凤语 lóng yán fèng yǔ
龙跳虎伏 lóng tiào hǔ fú
龙门刨 lóng mén bào
龙飞虎跳 lóng fēi hǔ tiào
龙骨 lóng gǔ
龙鬼蛇神 lóng guǐ shé shén
龚行天罚 gōng xíng tiān fá
龟兹 qiū cí
龟厌不告 guī yàn bù gào
龟头 guī tóu
龟毛兔角 guī máo tù jiǎo
龟甲 guī jiǎ
龟缩 guī suō
龟背 guī bèi
龟裂 jūn liè
龟鉴 guī jiàn
龟龙片甲 guī lóng piàn jiǎ
龟龙鳞凤 guī lóng lín fèng
龟龙麟凤 guī lóng lín fèng
"""
