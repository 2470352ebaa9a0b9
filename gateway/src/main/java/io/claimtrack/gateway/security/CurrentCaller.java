package io.claimtrack.gateway.security;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, once {@link AccessFilters} authenticated it. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        return caller;
    }
}
