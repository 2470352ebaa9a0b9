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
    public String date;
    public Boolean nested;
    public String via;
    public Double confidence;
    public String claimId;
    public String speakerId;
}
