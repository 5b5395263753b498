package marquee.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ticket codes: 20 letters of the 32-letter alphabet, every letter possible at every place, never repeated. */
class TicketCodeTest {

    @Test
    void codes_use_the_whole_alphabet_at_every_place_and_do_not_repeat() {
        Set<String> codes = new HashSet<>();
        @SuppressWarnings("unchecked")
        Set<Character>[] lettersAt = new Set[20];
        for (int i = 0; i < lettersAt.length; i++) {
            lettersAt[i] = new HashSet<>();
        }
        for (int n = 0; n < 5_000; n++) {
            String code = Checkout.ticketCode();
            assertThat(code).hasSize(20).matches("[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{20}");
            codes.add(code);
            for (int i = 0; i < code.length(); i++) {
                lettersAt[i].add(code.charAt(i));
            }
        }
        assertThat(codes).hasSize(5_000);
        for (Set<Character> letters : lettersAt) {
            assertThat(letters).hasSize(32);
        }
    }
}
