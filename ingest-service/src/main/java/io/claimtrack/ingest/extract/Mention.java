package io.claimtrack.ingest.extract;

/**
 * A speaker as the text names it, split into the role ("Kremlin aide") and the name ("Yury Ushakov").
 * {@code name} is empty for pure descriptions and pronouns.
 */
public record Mention(int start, int end, String text, String role, String name, SpeakerKind kind) {

    public boolean isPronoun() {
        return kind == SpeakerKind.PRONOUN;
    }

    public boolean hasName() {
        return !name.isEmpty();
    }
}
