-- A realistic mix of cases for the report benchmark, loaded set-based (no API).
-- :cases cases over 50 units (5 street federations, 45 community unions) and the four
-- years before :today; every state; with their events, deadlines and payments.
SELECT setseed(0.42);

INSERT INTO org_units (id, code, name, parent_id, path, created_at)
SELECT i, 'S' || lpad(i::text, 2, '0'), '街道总工会' || i, NULL, '/' || i || '/', now()
FROM generate_series(1, 5) i;
INSERT INTO org_units (id, code, name, parent_id, path, created_at)
SELECT i, 'S' || lpad(((i - 6) / 9 + 1)::text, 2, '0') || '-C' || lpad(i::text, 2, '0'),
       '社区联合工会' || i, (i - 6) / 9 + 1, '/' || ((i - 6) / 9 + 1) || '/' || i || '/', now()
FROM generate_series(6, 50) i;

-- Per unit: users 10u+0 supervisor, +1 intake, +2..+4 mediators, +5 caseworker.
INSERT INTO users (id, username, display_name, role, email, unit_id, active, created_at)
SELECT 10 * u + k, 'u' || u || '_' || k, '职员' || u || '-' || k,
       CASE k WHEN 0 THEN 'supervisor' WHEN 1 THEN 'intake' WHEN 5 THEN 'caseworker'
              ELSE 'mediator' END, NULL, u, true, now()
FROM generate_series(1, 50) u, generate_series(0, 5) k;

CREATE TEMP TABLE names AS
SELECT * FROM (VALUES
 (1,'王','wang','w'),(2,'李','li','l'),(3,'张','zhang','z'),(4,'刘','liu','l'),(5,'陈','chen','c'),
 (6,'杨','yang','y'),(7,'黄','huang','h'),(8,'赵','zhao','z'),(9,'周','zhou','z'),(10,'吴','wu','w'),
 (11,'徐','xu','x'),(12,'孙','sun','s'),(13,'马','ma','m'),(14,'朱','zhu','z'),(15,'胡','hu','h'),
 (16,'郭','guo','g'),(17,'何','he','h'),(18,'林','lin','l'),(19,'罗','luo','l'),(20,'高','gao','g')
) AS s(n, hanzi, pinyin, initial);
CREATE TEMP TABLE given AS
SELECT * FROM (VALUES
 (1,'秀兰','xiulan','xl'),(2,'建国','jianguo','jg'),(3,'志强','zhiqiang','zq'),(4,'丽','li','l'),
 (5,'伟','wei','w'),(6,'芳','fang','f'),(7,'敏','min','m'),(8,'静','jing','j'),(9,'强','qiang','q'),
 (10,'磊','lei','l'),(11,'军','jun','j'),(12,'洋','yang','y'),(13,'勇','yong','y'),(14,'艳','yan','y'),
 (15,'杰','jie','j'),(16,'娟','juan','j'),(17,'涛','tao','t'),(18,'明','ming','m'),(19,'超','chao','c'),
 (20,'秀英','xiuying','xy'),(21,'桂英','guiying','gy'),(22,'海燕','haiyan','hy'),(23,'文','wen','w'),
 (24,'红梅','hongmei','hm'),(25,'春生','chunsheng','cs'),(26,'玉兰','yulan','yl'),(27,'德明','deming','dm'),
 (28,'永刚','yonggang','yg'),(29,'淑珍','shuzhen','sz'),(30,'建华','jianhua','jh')
) AS g(n, hanzi, pinyin, initial);

-- People and employers are kept on each case as registered (party snapshots).
CREATE TEMP TABLE bench_persons AS
SELECT i AS id, s.hanzi || g.hanzi || coalesce(g2.hanzi, '') AS name,
       s.pinyin || g.pinyin || coalesce(g2.pinyin, '') AS name_pinyin,
       s.initial || g.initial || coalesce(g2.initial, '') AS name_initials,
       lpad(i::text, 17, '0') || 'X' AS id_number,
       '138' || lpad((i % 100000000)::text, 8, '0') AS phone
FROM generate_series(1, :cases) i
JOIN names s ON s.n = i % 20 + 1
JOIN given g ON g.n = (i / 20) % 30 + 1
LEFT JOIN given g2 ON g2.n = (i / 600) % 40 + 1;

CREATE TEMP TABLE bench_employers AS
SELECT i AS id, '某某' || (ARRAY['建筑劳务','物流','餐饮管理','电子','纺织','保洁服务'])[i % 6 + 1]
          || '有限公司' || i AS name
FROM generate_series(1, greatest(:cases / 20, 10)) i;

CREATE TEMP TABLE draw AS
SELECT i,
       random() AS r_type, random() AS r_unit, random() AS r_age, random() AS r_closed,
       random() AS r_end, random() AS r_outcome, random() AS r_days, random() AS r_amount,
       random() AS r_channel, random() AS r_category, random() AS r_sat, random() AS r_timer,
       random() AS r_collective
FROM generate_series(1, :cases) i;

CREATE TEMP TABLE planned AS
SELECT CASE WHEN d.r_type < 0.7 THEN 'labour_dispute' WHEN d.r_type < 0.9 THEN 'hardship_aid'
            ELSE 'consultation' END AS type,
       6 + floor(d.r_unit * 45)::int AS unit_id,
       (:today::timestamptz - make_interval(secs => d.r_age * 1461 * 86400)) AS received_at,
       d.*
FROM draw d;

CREATE TEMP TABLE shaped AS
SELECT p.*,
       CASE WHEN p.type = 'consultation' THEN p.r_closed < 0.97
            WHEN p.received_at < :today::timestamptz - interval '60 days' THEN p.r_closed < 0.95
            ELSE p.r_closed < 0.35 END AS is_closed,
       (1 + floor(p.r_days * p.r_days * 90))::int AS days_open
FROM planned p;

CREATE TEMP TABLE bench_cases AS
SELECT s.*,
       CASE WHEN NOT s.is_closed THEN
              CASE s.type
                WHEN 'labour_dispute' THEN (ARRAY['under_review','in_mediation','awaiting_payment',
                                                   'defaulted','follow_up'])[1 + floor(s.r_end * 5)::int]
                WHEN 'hardship_aid' THEN (ARRAY['under_review','proposed','public_notice','payout',
                                                 'follow_up'])[1 + floor(s.r_end * 5)::int]
                ELSE 'registered' END
            WHEN s.type = 'consultation' THEN 'closed'
            WHEN s.r_end < 0.1 THEN 'rejected'
            WHEN s.r_end < 0.22 THEN 'withdrawn'
            ELSE 'closed' END AS status,
       CASE WHEN s.is_closed THEN least(s.received_at + make_interval(days => s.days_open),
                                        :today::timestamptz - interval '1 hour') END AS closed_at
FROM shaped s;

INSERT INTO cases (id, number, type, category, status, channel, unit_id, assignee_id,
                   claimant_name, claimant_name_pinyin, claimant_name_initials,
                   claimant_id_number, claimant_phone, employer_name, claim_amount, workers_involved, collective, received_at, known_on,
                   employment_end_on, limitation_on, description, details, closed_at, outcome,
                   created_by_id, created_at, updated_at, version, trail_length, trail_head)
SELECT b.i,
       'B' || b.unit_id || '-' || CASE b.type WHEN 'labour_dispute' THEN 'LD'
                                              WHEN 'hardship_aid' THEN 'HA' ELSE 'CS' END
           || '-' || b.i,
       b.type,
       CASE b.type
         WHEN 'labour_dispute' THEN (ARRAY['wage_arrears','wage_arrears','wage_arrears','work_injury',
              'dismissal','social_insurance','overtime','labour_relation','other'])[1 + floor(b.r_category * 9)::int]
         WHEN 'hardship_aid' THEN (ARRAY['living','medical','education','emergency','seasonal'])[1 + floor(b.r_category * 5)::int]
         ELSE (ARRAY['policy','wage_arrears','hardship','other'])[1 + floor(b.r_category * 4)::int] END,
       b.status,
       (ARRAY['visit','visit','visit','letter','phone','phone','hotline','online','referral'])[1 + floor(b.r_channel * 9)::int],
       b.unit_id,
       CASE b.type WHEN 'labour_dispute' THEN 10 * b.unit_id + 2 + b.i % 3
                   WHEN 'hardship_aid' THEN 10 * b.unit_id + 5 END,
       p.name, p.name_pinyin, p.name_initials, p.id_number, p.phone,
       CASE WHEN b.type = 'labour_dispute' THEN e.name END,
       CASE WHEN b.type <> 'consultation' THEN round((500 + b.r_amount * 60000)::numeric, 2) END,
       CASE WHEN b.type = 'labour_dispute' AND b.r_collective < 0.03 THEN 10 + b.i % 50 ELSE 1 END,
       b.type = 'labour_dispute' AND b.r_collective < 0.03,
       b.received_at, NULL, NULL, NULL, '', '{}',
       b.closed_at,
       CASE WHEN b.status = 'closed' THEN
              CASE b.type
                WHEN 'labour_dispute' THEN (ARRAY['agreement_performed','agreement_performed',
                     'agreement_performed','arbitration','arbitration','court','unresolved'])[1 + floor(b.r_outcome * 7)::int]
                WHEN 'hardship_aid' THEN (ARRAY['aid_paid','aid_paid','aid_paid','aid_paid',
                     'referred_elsewhere','other'])[1 + floor(b.r_outcome * 6)::int]
                ELSE 'answered' END
            WHEN b.status IN ('rejected', 'withdrawn') THEN b.status END,
       10 * b.unit_id + 1, b.received_at, coalesce(b.closed_at, b.received_at), 2, 2,
       repeat('0', 64)
FROM bench_cases b
JOIN bench_persons p ON p.id = b.i
JOIN bench_employers e ON e.id = 1 + b.i % greatest(:cases / 20, 10);

-- The audit trail: the intake of every case, and how each closed one ended.
INSERT INTO case_events (event_id, case_id, seq, action, from_status, to_status, actor_id,
                         occurred_at, note, payload, prev_hash, hash, key_id)
SELECT md5(c.id || '-1')::uuid::text, c.id, 1, 'register', NULL, 'registered', c.created_by_id,
       c.received_at, '', '{}', repeat('0', 64), md5(c.id || 'a') || md5(c.id || 'b'), 'sha256'
FROM cases c;
INSERT INTO case_events (event_id, case_id, seq, action, from_status, to_status, actor_id,
                         occurred_at, note, payload, prev_hash, hash, key_id)
SELECT md5(c.id || '-2')::uuid::text, c.id, 2,
       CASE c.status WHEN 'rejected' THEN 'reject' WHEN 'withdrawn' THEN 'withdraw'
                     ELSE CASE WHEN c.type = 'consultation' THEN 'answer' ELSE 'close' END END,
       'follow_up', c.status, c.assignee_id, c.closed_at, '',
       CASE WHEN c.status = 'closed' AND c.type <> 'consultation' THEN
            json_build_object('outcome', c.outcome, 'satisfaction',
                              (ARRAY['satisfied','satisfied','satisfied','not_satisfied','unreachable'])[1 + c.id % 5])
            ELSE '{}'::json END,
       repeat('0', 64), md5(c.id || 'c') || md5(c.id || 'd'), 'sha256'
FROM cases c WHERE c.closed_at IS NOT NULL;
-- Agreements: disputes that were performed, and those now paying.
CREATE TEMP TABLE agreed AS
SELECT c.id, c.unit_id, round(c.claim_amount * 0.8, 2) AS amount,
       c.received_at + make_interval(days => 1 + (c.id % 12)) AS agreed_at,
       c.closed_at
FROM cases c
WHERE c.type = 'labour_dispute'
  AND (c.outcome = 'agreement_performed' OR c.status IN ('awaiting_payment', 'defaulted', 'follow_up'));
INSERT INTO case_events (event_id, case_id, seq, action, from_status, to_status, actor_id,
                         occurred_at, note, payload, prev_hash, hash, key_id)
SELECT md5(a.id || '-3')::uuid::text, a.id, 3, 'agree', 'in_mediation', 'awaiting_payment', NULL,
       a.agreed_at, '', json_build_object('amount', a.amount::text), repeat('0', 64),
       md5(a.id || 'e') || md5(a.id || 'f'), 'sha256'
FROM agreed a;
UPDATE cases SET trail_length = 3 WHERE id IN (SELECT id FROM agreed);

-- Money that reached workers: the employer's payment of each agreement, and aid paid.
INSERT INTO payments (case_id, instalment, part, amount, method, reference, paid_on, recorded_by_id,
                      created_at)
SELECT a.id, 1, 1, a.amount, 'bank_transfer', 'B' || a.id,
       (timezone('Asia/Shanghai', coalesce(a.closed_at - interval '3 days', a.agreed_at + interval '10 days')))::date,
       10 * a.unit_id + 2, a.agreed_at
FROM agreed a
WHERE a.closed_at IS NOT NULL OR a.id % 2 = 0;
INSERT INTO payments (case_id, instalment, part, amount, method, reference, paid_on, recorded_by_id,
                      created_at)
SELECT c.id, 0, 1, round(c.claim_amount * 0.6, 2), 'bank_transfer', 'A' || c.id,
       (timezone('Asia/Shanghai', coalesce(c.closed_at - interval '5 days', c.received_at + interval '20 days')))::date,
       10 * c.unit_id + 5, c.received_at
FROM cases c
WHERE c.type = 'hardship_aid' AND (c.outcome = 'aid_paid' OR c.status = 'follow_up');

-- Deadlines: acceptance or review for every case; mediation, the instalment and the
-- follow-up call for agreed disputes; a reminder before each acceptance. Most were met
-- (cancelled), some missed (fired), and those still ahead are pending.
INSERT INTO timers (case_id, kind, purpose, due_at, deadline_at, state, lasts, instalment, status,
                    created_at, dispatched_at, fired_at)
SELECT c.id, k.kind, k.purpose, k.deadline - k.before, k.deadline, NULL, 'state', k.instalment,
       CASE WHEN k.deadline > :today::timestamptz THEN 'pending'
            WHEN d.r_timer < 0.12 THEN 'fired' ELSE 'cancelled' END,
       c.received_at, NULL, NULL
FROM cases c
JOIN draw d ON d.i = c.id
CROSS JOIN LATERAL (
    VALUES
      (CASE c.type WHEN 'hardship_aid' THEN 'aid_review' ELSE 'acceptance_decision' END, 'due',
       c.received_at + CASE c.type WHEN 'hardship_aid' THEN interval '21 days' ELSE interval '5 days' END,
       interval '0 days', NULL::int),
      (CASE c.type WHEN 'hardship_aid' THEN 'aid_review' ELSE 'acceptance_decision' END, 'reminder',
       c.received_at + CASE c.type WHEN 'hardship_aid' THEN interval '21 days' ELSE interval '5 days' END,
       interval '2 days', NULL::int)
) AS k(kind, purpose, deadline, before, instalment)
-- Only the acceptance decision has a reminder: an aid review has none.
WHERE c.type <> 'consultation' AND (k.purpose = 'due' OR c.type = 'labour_dispute');
INSERT INTO timers (case_id, kind, purpose, due_at, deadline_at, state, lasts, instalment, status,
                    created_at, dispatched_at, fired_at)
SELECT a.id, k.kind, 'due', k.deadline, k.deadline, NULL, 'state', k.instalment,
       CASE WHEN k.deadline > :today::timestamptz THEN 'pending'
            WHEN (a.id + length(k.kind)) % 9 = 0 THEN 'fired' ELSE 'cancelled' END,
       a.agreed_at, NULL, NULL
FROM agreed a
CROSS JOIN LATERAL (
    VALUES ('mediation_limit', a.agreed_at + interval '9 days', NULL::int),
           ('instalment_due', a.agreed_at + interval '13 days', 1),
           ('follow_up_call', a.agreed_at + interval '28 days', NULL::int)
) AS k(kind, deadline, instalment);

-- One name carried by exactly 20 cases of street S01's communities whatever the size,
-- so that a search for it finds as many at a million cases as at ten thousand.
UPDATE cases SET claimant_name = '司马相如', claimant_name_pinyin = 'simaxiangru',
                 claimant_name_initials = 'smxr'
WHERE id IN (SELECT id FROM cases WHERE unit_id BETWEEN 6 AND 14
               AND id % greatest(:cases / 200, 1) = 0 ORDER BY id LIMIT 20);

SELECT setval(pg_get_serial_sequence('org_units', 'id'), 50);
SELECT setval(pg_get_serial_sequence('users', 'id'), 510);
SELECT setval(pg_get_serial_sequence('cases', 'id'), :cases);
