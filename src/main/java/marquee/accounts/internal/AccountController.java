package marquee.accounts.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import marquee.accounts.Account;
import marquee.accounts.Accounts;
import marquee.accounts.ApiToken;
import marquee.accounts.ApiTokens;
import marquee.accounts.Consent;
import marquee.accounts.Credentials;
import marquee.accounts.InterestTag;
import marquee.accounts.IssuedToken;
import marquee.accounts.MoviegoerProfile;
import marquee.accounts.ProfileChange;
import marquee.accounts.SignUp;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, sign-in, the caller's own account, profile, consent and API tokens. */
@RestController
@RequestMapping("/api")
@Tag(name = "Accounts", description = "Sign-up, sign-in, own profile, marketing consent, personal API tokens")
class AccountController {

    /** The caller's account; {@code csrfToken} is for session callers' writes (header X-CSRF-TOKEN). */
    record Me(Account account, String csrfToken) {}

    record NewToken(@NotBlank @Size(max = 100) String name) {}

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final SignIn signIn;
    private final SignInGuard guard;
    private final Sessions sessions;

    AccountController(Accounts accounts, ApiTokens tokens, SignIn signIn, SignInGuard guard, Sessions sessions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.signIn = signIn;
        this.guard = guard;
        this.sessions = sessions;
    }

    /** Same answer whether or not the email already had an account, so sign-up cannot probe emails. */
    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> signUp(@Valid @RequestBody SignUp signUp, HttpServletRequest request) {
        guard.admitSignUp(signUp.email(), request.getRemoteAddr());
        accounts.signUp(signUp);
        return Map.of("message", "If this email had no account yet, it has one now: sign in with it.");
    }

    @PostMapping("/session")
    Me signIn(@Valid @RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        Caller caller = signIn.authenticate(credentials, request.getRemoteAddr());
        sessions.start(caller, request, response);
        return me(request);
    }

    @DeleteMapping("/session")
    ResponseEntity<Void> signOut(HttpServletRequest request, HttpServletResponse response) {
        sessions.end(request, response);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    Me me(HttpServletRequest request) {
        CsrfToken csrf = request.getSession(false) == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new Me(accounts.account(caller().accountId()), csrf == null ? null : csrf.getToken());
    }

    @GetMapping("/me/profile")
    MoviegoerProfile profile() {
        return accounts.profile(caller().accountId());
    }

    @PutMapping("/me/profile")
    MoviegoerProfile changeProfile(@Valid @RequestBody ProfileChange change) {
        return accounts.changeProfile(caller().accountId(), change);
    }

    @PutMapping("/me/consent")
    MoviegoerProfile consent(@Valid @RequestBody Consent consent) {
        return accounts.setMarketingConsent(caller().accountId(), consent.marketing());
    }

    /** A moviegoer reads only their own profile (others are "not found"); the operator reads any. */
    @GetMapping("/moviegoers/{id}")
    MoviegoerProfile moviegoer(@PathVariable long id) {
        Caller caller = caller();
        if (caller.role() == Role.MOVIEGOER && caller.accountId() != id) {
            throw new NotFound("moviegoer", id);
        }
        return accounts.profile(id);
    }

    @GetMapping("/interest-tags")
    List<InterestTag> interestTags() {
        return accounts.interestTags();
    }

    @GetMapping("/me/tokens")
    List<ApiToken> tokens() {
        return tokens.tokensOf(caller().accountId());
    }

    @PostMapping("/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(@Valid @RequestBody NewToken token) {
        return tokens.issue(caller().accountId(), token.name().trim());
    }

    @DeleteMapping("/me/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(caller().accountId(), id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(SignInRefused.class)
    ProblemDetail refused(SignInRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setTitle("Sign-in refused");
        return problem;
    }

    static Caller caller() {
        return Caller.current().orElseThrow(() -> new IllegalStateException("the rule table lets no anonymous caller here"));
    }
}
