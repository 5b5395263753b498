package marquee.booking.internal;

import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the console's layout whether to show the cinema manager's entry: to a chain's managers and the operator. */
@ControllerAdvice(annotations = Controller.class)
class ManagerNav {

    @ModelAttribute("managesCinemas")
    boolean managesCinemas() {
        return Caller.current().map(c -> c.role() == Role.CINEMA_MANAGER || c.isOperator()).orElse(false);
    }
}
