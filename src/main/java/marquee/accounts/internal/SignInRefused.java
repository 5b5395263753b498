package marquee.accounts.internal;

/**
 * Sign-in failed. One message for every reason (unknown email, wrong password, locked account),
 * so that nobody learns from it whether an email has an account.
 */
class SignInRefused extends RuntimeException {

    static final String MESSAGE = "The email or password is not right, or sign-in is paused for a while. Try again later.";

    SignInRefused() {
        super(MESSAGE);
    }
}
