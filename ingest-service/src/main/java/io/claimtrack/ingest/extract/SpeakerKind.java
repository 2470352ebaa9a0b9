package io.claimtrack.ingest.extract;

/** What a mention refers to; {@code PRONOUN} only until resolution replaces it. */
public enum SpeakerKind {
    PERSON, ORGANIZATION, DOCUMENT, ANONYMOUS, GROUP, PRONOUN;

    public String apiName() {
        return this == PRONOUN ? "person" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
