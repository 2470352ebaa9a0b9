package io.claimtrack.claims.domain;

/** One extracted statement as it appeared in its document, linked to the claim and speaker it fed. */
public class StoredStatement {
    public String speakerName;
    public String mention;
    public String role;
    public String kind;
    public String content;
    public int start;
    public int end;
    public String cue;
    public String type;
    /** The statement's date after the date rules; {@code date} as the extractor sent it is not kept apart. */
    public String date;
    /** "main" (the article) or "related" (a teaser or related-story block of the page). */
    public String region;
    public Boolean nested;
    public String via;
    public Double confidence;
    public String claimId;
    public String speakerId;
}
