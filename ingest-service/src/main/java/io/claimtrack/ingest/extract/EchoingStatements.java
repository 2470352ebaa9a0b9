package io.claimtrack.ingest.extract;

/**
 * Which statements below a headline may be the ones it echoes ({@link HeadlineEchoes}): a named person's, two people
 * named together, a named body's, or the headline's group's own.
 */
final class EchoingStatements {

    private EchoingStatements() {
    }

    /** A statement of the headline's group itself: a description with the same head word ("Residents who ..."). */
    static boolean isGroup(Attribution s, String group) {
        return s.mention != null && !s.mention.hasName() && !s.mention.isPronoun()
                && group.equalsIgnoreCase(DescriptionHeads.headWord(s.mention.text()));
    }

    /**
     * A statement of a person the text names, by the name or by a pronoun or description resolved to it (not to "the
     * veteran").
     */
    static boolean named(Attribution s) {
        if (s.kind != SpeakerKind.PERSON || s.speaker == null || s.mention == null) {
            return false;
        }
        return s.mention.hasName() || !s.speaker.equals(s.mention.text())
                && Character.isUpperCase(s.speaker.charAt(0)) && !FunctionWords.isIndefinite(s.speaker)
                && !s.speaker.regionMatches(true, 0, "the ", 0, 4);
    }

    /** "The parents of the boy, Janelle and Curtis Lind, told": two people named, whom a headline's plural may sum up. */
    static boolean namedPair(Attribution s) {
        return s.kind == SpeakerKind.GROUP && s.speaker != null && s.mention != null && !s.speaker.equals(s.mention.text())
                && s.speaker.contains(" and ") && Character.isUpperCase(s.speaker.charAt(0));
    }

    /**
     * A statement of a body the text names, by its name or in its description ("an observer mission from X"); not its
     * report's ("scientists say" is no department whose report found it).
     */
    static boolean namedBody(Attribution s) {
        if (s.kind != SpeakerKind.ORGANIZATION || s.speaker == null || s.mention == null || s.mention.isPronoun()
                || s.mention.kind() == SpeakerKind.DOCUMENT) {
            return false;
        }
        return s.mention.hasName() || capitalisedAfterFirst(s.speaker);
    }

    /**
     * Whether a word after the first is capitalised, read without a split: every deck above a statement asks it of the
     * statement again (a split per asking was a tenth of a page of decks).
     */
    private static boolean capitalisedAfterFirst(String speaker) {
        for (int i = speaker.indexOf(' '); i >= 0 && i + 1 < speaker.length(); i = speaker.indexOf(' ', i + 1)) {
            if (Character.isUpperCase(speaker.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
