package marquee.booking.internal;

import marquee.booking.Order;
import marquee.booking.Ticket;
import marquee.catalog.Catalog;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * One ticket on the moviegoer's phone, as the door scans it: its QR code full width with the film, time,
 * cinema and seat (issue 19 item 4). The buyer's own tickets only; anyone else's code is "not found".
 */
@Controller
class TicketPage {

    private final OrderViews orders;
    private final Catalog catalog;
    private final MessageSource messages;

    TicketPage(OrderViews orders, Catalog catalog, MessageSource messages) {
        this.orders = orders;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/tickets/mine/{code}")
    String ticket(@PathVariable String code, Model model) {
        long buyer = Caller.current().orElseThrow().accountId();
        Order order = orders.own(buyer, orders.ownTicket(buyer, code).orderId());
        Ticket ticket = order.tickets().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFound("ticket", code));
        model.addAttribute("purchase", new Purchase(order, catalog.film(order.filmId()), catalog.cinema(order.cinemaId()), false));
        model.addAttribute("ticket", ticket);
        model.addAttribute("section", "tickets");
        return "storefront/ticket";
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("section", "tickets");
        model.addAttribute("title", messages.getMessage("mg.ticket.not-found", null, LocaleContextHolder.getLocale()));
        model.addAttribute("message", messages.getMessage("mg.ticket.not-found.text", null, LocaleContextHolder.getLocale()));
        return "console/error";
    }
}
