package dev.envol.pricing;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Says for a person what went wrong with a call to the Price List API. */
final class RefreshFailures {
    private static final int MAX_DETAIL = 200;

    private RefreshFailures() {
    }

    static String describe(Throwable e, String endpoint) {
        if (e instanceof AwsServiceException s) {
            int status = s.statusCode();
            String code = s.awsErrorDetails() == null || s.awsErrorDetails().errorCode() == null
                ? "" : s.awsErrorDetails().errorCode();
            String detail = s.awsErrorDetails() == null ? s.getMessage()
                : s.awsErrorDetails().errorMessage();
            String what = ("HTTP " + status + " " + code).trim()
                + (detail == null || detail.isBlank() ? "" : ": " + shorten(detail));
            if (status == 403 || code.contains("AccessDenied") || code.contains("Unrecognized")
                || code.contains("Signature")) {
                return "access denied by AWS (" + what + "); the credentials need the"
                    + " pricing:GetProducts permission";
            }
            if (status == 429 || s.isThrottlingException() || code.contains("Throttl")) {
                return "AWS is throttling the requests (" + what + "); try again in a minute";
            }
            if (status >= 500) {
                return "the AWS Price List service at " + endpoint + " failed (" + what + ")";
            }
            return "AWS refused the request (" + what + ")";
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException
            || causedBy(e, SocketTimeoutException.class)) {
            return "no answer in time from " + endpoint + " (timeout)";
        }
        if (e instanceof SdkClientException c) {
            String message = c.getMessage() == null ? "" : c.getMessage();
            if (message.contains("credentials")) {
                return "no AWS credentials (" + shorten(message) + "); configure the default"
                    + " chain (environment, AWS_PROFILE, ~/.aws) or pass --profile";
            }
            if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
                return "cannot reach " + endpoint + " (" + shorten(message) + ")";
            }
            if (message.contains("nmarshall") || message.contains("parse")
                || message.contains("JSON")) {
                return "a malformed response from " + endpoint + " (" + shorten(message) + ")";
            }
            return "cannot talk to " + endpoint + " (" + shorten(message) + ")";
        }
        if (e instanceof IllegalArgumentException) {
            return "a malformed response from " + endpoint + " (" + shorten(e.getMessage()) + ")";
        }
        return e.getClass().getSimpleName() + " talking to " + endpoint + " ("
            + shorten(String.valueOf(e.getMessage())) + ")";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "...";
    }
}
