"""Aid campaigns 送温暖/金秋助学: lists of eligible households, confirmation, bank transfers."""
