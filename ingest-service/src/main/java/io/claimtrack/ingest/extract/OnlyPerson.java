package io.claimtrack.ingest.extract;

/**
 * The one person named in full from an offset on (in a heading line, with a title, when {@code titled}), read forward:
 * a transcript asks at each question whether the lines above it name one, and each question reads only the names
 * since the one before.
 */
final class OnlyPerson {

    private final AnnotatedDocument doc;
    private final boolean titled;
    /** The next name to read. */
    private int next;
    private Name found;
    /** Two different people were read: none is the one. */
    private boolean several;

    OnlyPerson(AnnotatedDocument doc, int from, boolean titled) {
        this.doc = doc;
        this.titled = titled;
        this.next = Sorted.firstAtLeast(doc.names, Name::offset, from);
    }

    /** The one person named in full before {@code to} (at least the last call's), or null for none or several. */
    Name upTo(int to) {
        for (; !several && next < doc.names.size() && doc.names.get(next).offset() < to; next++) {
            Name n = doc.names.get(next);
            if (n.kind() != SpeakerKind.PERSON || n.words().size() < 2 || titled && (n.role().isEmpty() || !inHeading(doc, n))) {
                continue;
            }
            several = found != null && !found.words().equals(n.words());
            found = n;
        }
        return several ? null : found;
    }

    /**
     * A heading line, or a paragraph set as one, with no stop at its end: "Comment by the Official Representative ... X
     * in connection with a media question"; or one that leads in to what follows: "The Ministry's spokesman, Colonel X,
     * reported:" over a briefing's points and its questions.
     */
    private static boolean inHeading(AnnotatedDocument doc, Name n) {
        Sentence s = doc.sentenceAt(n.offset());
        if (s == null) {
            return false;
        }
        Block b = doc.block(s.block());
        int end = Chars.trimEnd(doc.text, b.start(), b.end());
        return b.kind() == Block.Kind.HEADLINE || b.kind() == Block.Kind.PARAGRAPH && end > b.start()
                && (Character.isLetterOrDigit(doc.text.charAt(end - 1)) || doc.text.charAt(end - 1) == ':');
    }
}
