package dev.envol.model;

/**
 * Bad input from a user: a model, an inventory, an offer file, an option. The message is one line
 * that names the file and the place in it and says what is wrong; front ends show it as is (the
 * command line as {@code envol: MESSAGE}, exit 2), never with a stack trace.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
