package io.claimtrack.gateway.client;

/**
 * A downstream answered 4xx: the caller's request was wrong, the service is healthy. Fault
 * tolerance neither retries it nor counts it against the circuit breaker.
 */
public class DownstreamRejection extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;

    public DownstreamRejection(int status, String title, String detail) {
        super("downstream rejected the request with " + status + ": " + detail);
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }
}
