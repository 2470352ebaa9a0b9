package io.claimtrack.ingest.extract;

import java.util.Locale;

/** direct: wholly one quotation; mixed: contains quoted words; indirect: none. */
public enum StatementType {
    DIRECT, INDIRECT, MIXED;

    /** The value the API and the scorer use: "direct", "indirect", "mixed". */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
