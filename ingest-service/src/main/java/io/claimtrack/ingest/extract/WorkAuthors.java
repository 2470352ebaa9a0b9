package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The Harbinger ran a column by its commentator Ysolde Brankov. ... The column alleges", "According to the piece",
 * "The writer also maintains": a written work introduced with its named author speaks for that author, the paper only
 * printed it (the README's "a document speaks for its maker"). The work last introduced before the mention is the
 * one meant: an author named for an earlier work does not reach "an unsigned editorial ... The editorial".
 */
final class WorkAuthors {

    /** Who wrote the work, named by the role alone: "The writer also maintains", "the author states". */
    private static final Set<String> WRITERS = WordSet.of("writer", "author");
    /** The most lower-case words between the article and the work ("a long weekend column") or "by" and the name. */
    private static final int MODIFIER_TOKENS = Windows.TITLE_MODIFIER_TOKENS;
    /** "The column", "the same piece": the longest mention of a work read again. */
    private static final int AGAIN_WORDS = 3;

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    /** The works introduced with "a"/"an", in the text's order, each with its author's name or none. */
    private List<Work> works;

    private record Work(int offset, Mention author) {
    }

    WorkAuthors(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
    }

    /** The canonical name of the author of the work {@code m} reads again; null if it is none or has no author named. */
    String author(Mention m) {
        if (!again(m.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (works == null) {
            works = new ArrayList<>();
            for (Sentence s : doc.sentences) {
                read(s);
            }
        }
        int i = Sorted.firstAtLeast(works, Work::offset, m.start()) - 1;
        Mention author = i < 0 ? null : works.get(i).author();
        return author == null ? null : names.expand(author.name(), SpeakerKind.PERSON, author.start());
    }

    /** "the column", "The writer": a definite mention whose last word is a written work or its writer. */
    private boolean again(String lower) {
        String[] words = lower.split(" ");
        String last = words[words.length - 1];
        return words.length <= AGAIN_WORDS && words[0].equals("the")
                && (WRITERS.contains(last) || lexicon.writtenWorks.contains(last));
    }

    /** Records each "a/an <work>" of the sentence, with the person named after its "by". */
    private void read(Sentence s) {
        List<Token> tokens = doc.tokens;
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            int article = articleBefore(k, s.firstToken());
            if (article >= 0 && lexicon.writtenWorks.contains(tokens.get(k).lower())) {
                Mention author = k + 1 < s.endToken() && tokens.get(k + 1).is("by") ? named(k + 2, s.endToken()) : null;
                works.add(new Work(tokens.get(article).start(), author));
            }
        }
    }

    /** The "a"/"an" that opens the work at {@code k} past lower-case modifiers; -1 if none. */
    private int articleBefore(int k, int first) {
        List<Token> tokens = doc.tokens;
        for (int j = k - 1; j >= first && k - j <= MODIFIER_TOKENS; j--) {
            Token t = tokens.get(j);
            if (t.is("a") || t.is("an")) {
                return j;
            }
            if (!t.isWord() || t.isCapitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /** "its commentator Ysolde Brankov", "Ysolde Brankov": a person's name after an owner and a role; null if none. */
    private Mention named(int from, int end) {
        List<Token> tokens = doc.tokens;
        int k = from;
        while (k < end && k - from < MODIFIER_TOKENS && tokens.get(k).isWord() && !tokens.get(k).isCapitalized()) {
            k++;
        }
        int to = k < end ? doc.mentions.scanRight(k, end) : -1;
        Mention m = to < 0 ? null : doc.mentions.build(k, to);
        return m != null && m.hasName() && m.kind() == SpeakerKind.PERSON ? m : null;
    }
}
