package io.claimtrack.claims.domain;

import java.time.Instant;

/** One occurrence of a claim; {@link #key} (document and span) makes adding it idempotent. */
public class Appearance {
    public String key;
    public String documentId;
    public String source;
    public String url;
    public String published;
    public Instant seenAt;
    public int start;
    public int end;
    public String cue;
    public String type;
    public String date;
    public Double confidence;
    public Boolean nested;
    public String via;

    public static String key(String documentId, int start, int end) {
        return documentId + ":" + start + "-" + end;
    }
}
