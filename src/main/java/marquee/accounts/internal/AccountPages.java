package marquee.accounts.internal;

import static marquee.accounts.internal.AccountController.caller;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.accounts.Credentials;
import marquee.shared.NotFound;
import marquee.shared.TooManyRequests;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's sign-in page, the account page with personal API tokens, and the audit log page. */
@Controller
class AccountPages {

    private final SignIn signIn;
    private final Sessions sessions;
    private final Accounts accounts;
    private final ApiTokens tokens;
    private final AuditStore audit;

    AccountPages(SignIn signIn, Sessions sessions, Accounts accounts, ApiTokens tokens, AuditStore audit) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("section", "account");
        model.addAttribute("next", localPath(next));
        return "console/login";
    }

    /** Signs in and goes on to {@code next} (a page of this site, such as the seat map the person came from), or /account. */
    @PostMapping("/login")
    String login(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
                 @RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response,
                 Model model) {
        model.addAttribute("section", "account");
        model.addAttribute("email", email);
        String target = localPath(next);
        model.addAttribute("next", target);
        // A refused sign-in shows the form again with the one generic message (status 200, as forms do).
        if (email.isBlank() || password.isBlank() || email.length() > 254 || password.length() > 200) {
            model.addAttribute("error", SignInRefused.MESSAGE);
            return "console/login";
        }
        try {
            sessions.start(signIn.authenticate(new Credentials(email, password), request.getRemoteAddr()), request, response);
            return "redirect:" + (target == null ? "/account" : target);
        } catch (SignInRefused e) {
            model.addAttribute("error", e.getMessage());
        } catch (TooManyRequests e) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            model.addAttribute("error", "Too many attempts. Try again in " + e.retryAfterSeconds() + " seconds.");
        }
        return "console/login";
    }

    /**
     * {@code next} when it is a path of this site, else null: a sign-in link must not send people on to
     * another site (an open redirect), nor carry template braces that the redirect would expand.
     */
    private static String localPath(String next) {
        boolean local = next != null && next.length() <= 500 && next.startsWith("/") && !next.startsWith("//")
                && next.chars().noneMatch(c -> c == '\\' || c == '{' || c == '}' || Character.isISOControl(c));
        return local ? next : null;
    }

    @GetMapping("/account")
    String account(Model model) {
        Caller caller = caller();
        model.addAttribute("section", "account");
        model.addAttribute("account", accounts.account(caller.accountId()));
        model.addAttribute("tenant", caller.tenantId() == null ? null : accounts.tenant(caller.tenantId()));
        model.addAttribute("tokens", tokens.tokensOf(caller.accountId()));
        return "console/account";
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        String trimmed = name.isBlank() ? "console token" : name.trim();
        var issued = tokens.issue(caller().accountId(), trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed);
        redirect.addFlashAttribute("secret", issued.secret());
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id) {
        tokens.revoke(caller().accountId(), id);
        return "redirect:/account";
    }

    @GetMapping("/audit")
    String audit(Model model) {
        Caller caller = caller();
        model.addAttribute("section", "audit");
        model.addAttribute("entries", audit.latest(caller.isOperator() ? null : caller.tenantId(), 200));
        return "console/audit";
    }

    /**
     * The audit log as CSV (issue 19, export): the page shows the latest 200 entries, the file has up to
     * {@value #AUDIT_EXPORT_LIMIT} of them, newest first.
     */
    @GetMapping("/audit.csv")
    org.springframework.http.ResponseEntity<byte[]> auditCsv() {
        Caller caller = caller();
        var entries = audit.latest(caller.isOperator() ? null : caller.tenantId(), AUDIT_EXPORT_LIMIT);
        return marquee.shared.csv.CsvDownload.of("audit-log",
                java.util.List.of("at_utc", "who", "tenant", "action", "object", "status"),
                entries.stream().map(e -> java.util.Arrays.<Object>asList(e.at(), e.email(), e.tenantId(), e.action(),
                        e.objectRef(), e.status())).toList());
    }

    private static final int AUDIT_EXPORT_LIMIT = 100_000;

    @org.springframework.web.bind.annotation.ExceptionHandler(NotFound.class)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    String notFound(NotFound e, Model model) {
        model.addAttribute("title", "Not found");
        model.addAttribute("message", e.getMessage());
        return "console/error";
    }
}
