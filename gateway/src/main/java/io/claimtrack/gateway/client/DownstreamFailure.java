package io.claimtrack.gateway.client;

/** A downstream answered 5xx or refused the gateway itself: the caller sees it as unavailable. */
public class DownstreamFailure extends RuntimeException {

    private final int status;

    public DownstreamFailure(int status) {
        super("downstream answered " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
