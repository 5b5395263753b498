package marquee.campaigns.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import marquee.booking.SaleAttribution;
import marquee.campaigns.Campaigns;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A channel's or partner's short tracking link: remembers the visit (the browser by a random cookie, the account
 * when a moviegoer is signed in) and opens the film's storefront page. An order within the attribution window
 * then counts for the channel.
 */
@Controller
class TrackingLinks {

    private final Campaigns campaigns;
    private final CampaignSettings settings;

    TrackingLinks(Campaigns campaigns, CampaignSettings settings) {
        this.campaigns = campaigns;
        this.settings = settings;
    }

    @GetMapping("/go/{token}")
    String follow(@PathVariable String token,
                  @CookieValue(name = SaleAttribution.VISITOR_COOKIE, required = false) String visitor,
                  HttpServletResponse response) {
        if (!token.matches("[A-Z2-9]{8}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such link");
        }
        String browser = visitor != null && visitor.matches("[0-9a-f-]{36}") ? visitor : UUID.randomUUID().toString();
        Long account = Caller.current().filter(c -> c.role() == Role.MOVIEGOER).map(Caller::accountId).orElse(null);
        long filmId = campaigns.visit(token, browser, account)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such link"));
        Cookie cookie = new Cookie(SaleAttribution.VISITOR_COOKIE, browser);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) settings.visitorCookieFor().toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return "redirect:/tickets/films/" + filmId;
    }
}
