package marquee.booking;

public enum TicketStatus { VALID, CHECKED_IN, REFUNDED }
