package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A written work introduced with its author after "by" speaks for that author when read again: "The Harbinger ran a
 * column by its commentator Ysolde Brankov. ... The column alleges", "According to the piece", "The writer also
 * maintains": the paper only printed it. Read for {@link DocumentMaker#author}.
 */
final class WrittenWorkAuthors {

    /** Who wrote the work, named by the role alone: "The writer also maintains", "the author states". */
    private static final Set<String> WRITERS = WordSet.of("writer", "author");
    /** The most lower-case words between the article and the work ("a long weekend column") or "by" and the name. */
    private static final int MODIFIER_TOKENS = Windows.TITLE_MODIFIER_TOKENS;
    /** "The column", "the same piece": the longest mention of a work read again. */
    private static final int AGAIN_WORDS = 3;

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final MakerPhrases phrases;
    /** The works introduced with "a"/"an"/"the", in the text's order, each with its author's name or none; read when first asked. */
    private List<Work> works;

    private record Work(int offset, Mention author) {
    }

    WrittenWorkAuthors(AnnotatedDocument doc, Lexicon lexicon, MakerPhrases phrases) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.tokens = doc.tokens;
        this.phrases = phrases;
    }

    /**
     * The author of the written work {@code m} reads again ("The column", "the writer"); null if it is none or its
     * author is not named. The work last introduced before the mention is the one meant: an author named for an earlier
     * work does not reach "an unsigned editorial ... The editorial".
     */
    Mention author(Mention m) {
        if (!workAgain(m.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (works == null) {
            works = new ArrayList<>();
            for (Sentence s : doc.sentences) {
                readWorks(s);
            }
        }
        int i = Sorted.firstAtLeast(works, Work::offset, m.start()) - 1;
        return i < 0 ? null : works.get(i).author();
    }

    /** "the column", "The writer": a definite mention whose last word is a written work or its writer. */
    private boolean workAgain(String lower) {
        String[] words = lower.split(" ");
        String last = words[words.length - 1];
        return words.length <= AGAIN_WORDS && words[0].equals("the")
                && (WRITERS.contains(last) || lexicon.writtenWorks.contains(last));
    }

    /** Records each "a/an/the <work>" of the sentence, with the person named after its "by". */
    private void readWorks(Sentence s) {
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            int article = articleBefore(k, s.firstToken());
            if (article >= 0 && lexicon.writtenWorks.contains(tokens.get(k).lower())) {
                Mention author = k + 1 < s.endToken() && tokens.get(k + 1).is("by") ? authorNamed(k + 2, s.endToken()) : null;
                // "The article claims": a work read again is no new work; only "the article by X" introduces one.
                if (author != null || !tokens.get(article).is("the")) {
                    works.add(new Work(tokens.get(article).start(), author));
                }
            }
        }
    }

    /** The "a"/"an"/"the" that opens the work at {@code k} past lower-case modifiers; -1 if none. */
    private int articleBefore(int k, int first) {
        for (int j = k - 1; j >= first && k - j <= MODIFIER_TOKENS; j--) {
            Token t = tokens.get(j);
            // "has taken note of the article by Mr. X": a work a rebuttal names by "the", as it is already in the news.
            if (t.is("a") || t.is("an") || t.is("the")) {
                return j;
            }
            if (!t.isWord() || t.isCapitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /** "its commentator Ysolde Brankov", "Ysolde Brankov": a person's name after an owner and a role; null if none. */
    private Mention authorNamed(int from, int end) {
        int k = from;
        while (k < end && k - from < MODIFIER_TOKENS && tokens.get(k).isLowerWord()) {
            k++;
        }
        // "the article by Mr. X published in the Courier": the name ends at the participle, which no description holds.
        int nameEnd = k;
        while (nameEnd < end && nameEnd - k < Windows.PHRASE_TOKENS
                && !FunctionWords.PUBLISHING_PARTICIPLES.contains(tokens.get(nameEnd).lower())) {
            nameEnd++;
        }
        Mention m = phrases.phrase(k, nameEnd < end && nameEnd - k < Windows.PHRASE_TOKENS ? nameEnd : end, false);
        return m != null && m.hasName() && m.kind() == SpeakerKind.PERSON ? m : null;
    }
}
