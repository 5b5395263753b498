package marquee.catalog;

public enum CreditRole { DIRECTOR, CAST, WRITER, PRODUCER, COMPOSER }
