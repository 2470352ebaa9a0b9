package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/** "The document says": a definite description of a document stands for the document named just before it. */
final class DocumentDescriptions {

    /** Descriptions of a document that fit a document of any name: "the document" for "the Kessel Declaration". */
    private static final Set<String> ANY_DOCUMENT = WordSet.of("document", "text");

    private DocumentDescriptions() {
    }

    /**
     * "The President and the Chancellor adopted a Joint Statement on Strategic Partnership. The document says": a
     * definite description of a document is the document named just before it, in its own sentence or the one before
     * in its paragraph, whose last word is the description's ("the statement", "the declaration") or any, for "the
     * document" and "the text"; null if none.
     */
    static Name named(AnnotatedDocument doc, Mention description, String head) {
        Sentence own = doc.sentenceAt(description.start());
        int i = own == null ? -1 : doc.sentenceAtOrAfter(own.start());
        int from = i > 0 && doc.sentences.get(i - 1).block() == own.block() ? doc.sentences.get(i - 1).start()
                : own == null ? description.start() : own.start();
        from = Math.max(from, description.start() - ResolutionWindows.DOCUMENT_NAMED_CHARS);
        for (int j = Name.lastBefore(doc.names, description.start()); j >= 0 && doc.names.get(j).offset() >= from; j--) {
            Name n = doc.names.get(j);
            List<String> words = n.words();
            if (n.kind() == SpeakerKind.DOCUMENT && (ANY_DOCUMENT.contains(head) || words.get(words.size() - 1).equals(head))) {
                return n;
            }
        }
        return null;
    }
}
