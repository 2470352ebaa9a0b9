package io.claimtrack.gateway.client;

/** A downstream answered 5xx: it is broken or overloaded, which the caller sees as unavailable. */
public class DownstreamFailure extends RuntimeException {

    public DownstreamFailure(int status) {
        super("downstream answered " + status);
    }
}
