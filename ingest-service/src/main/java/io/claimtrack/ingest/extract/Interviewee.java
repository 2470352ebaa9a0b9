package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Whom an interview's or a briefing's questions are put to. */
final class Interviewee {

    private Interviewee() {
    }

    /**
     * "Briefing by Foreign Ministry Spokeswoman Irina Zabelova, Velgorod, November 26", "A talk with Anna Holm": the
     * one person the page's title names in full is whom its questions are put to, however often the briefing's own
     * sections name the minister it announces.
     */
    static Mention ofTitle(AnnotatedDocument doc, int title) {
        if (title < 0) {
            return null;
        }
        Block block = doc.block(title);
        Name found = onlyPerson(doc, block.start(), block.end(), false);
        if (found != null && new DescriptionFit(Lexicon.get()).namesStateForm(found.text())) {
            // "Embassy of the Republic of Veldora": a state's formal name read as a person's answers nothing.
            found = null;
        }
        if (found == null && title == doc.titleBlock) {
            // "Briefing by Spokesperson of the Ministry ... Yevgenia Castellane-Obuya": a name the index does not know.
            Name author = new WriterVoice(doc).author(Lexicon.get());
            found = author != null && author.kind() == SpeakerKind.PERSON ? author : null;
        }
        return found == null ? null : mention(found);
    }

    /**
     * "Ministry of Harbours" / "Briefing by Spokesman Anton Brandeis" / "Minister Lise Amundrud: I have come to present
     * ..." / "Question: ..." / "Answer: ...": when the title names no one alone, the one person a heading line before the
     * first question names in full with a title answers the questions, though a guest the briefing announces speaks
     * first; so does a press release's "Comment by the Official Representative ... X in connection with a media
     * question" over its one question. A byline names its writer without a title.
     */
    static Mention ofHeadings(AnnotatedDocument doc, int title, int firstQuestion) {
        Mention titled = ofTitle(doc, title);
        if (titled != null || title < 0) {
            return titled;
        }
        Name found = onlyPerson(doc, doc.block(title).end(), firstQuestion, true);
        return found == null ? null : mention(found);
    }

    /**
     * The one person named in full in {@code [from, to)} (in a heading line, with a title, when {@code titled}), or null
     * for none or several.
     */
    private static Name onlyPerson(AnnotatedDocument doc, int from, int to, boolean titled) {
        Name found = null;
        for (int k = Sorted.firstAtLeast(doc.names, Name::offset, from); k < doc.names.size() && doc.names.get(k).offset() < to; k++) {
            Name n = doc.names.get(k);
            if (n.kind() != SpeakerKind.PERSON || n.words().size() < 2 || titled && (n.role().isEmpty() || !inHeading(doc, n))) {
                continue;
            }
            if (found != null && !found.words().equals(n.words())) {
                return null;
            }
            found = n;
        }
        return found;
    }

    /**
     * A heading line, or a paragraph set as one, with no stop at its end: "Comment by the Official Representative ... X
     * in connection with a media question".
     */
    private static boolean inHeading(AnnotatedDocument doc, Name n) {
        Sentence s = doc.sentenceAt(n.offset());
        if (s == null) {
            return false;
        }
        Block b = doc.block(s.block());
        int end = Chars.trimEnd(doc.text, b.start(), b.end());
        return b.kind() == Block.Kind.HEADLINE || b.kind() == Block.Kind.PARAGRAPH && end > b.start()
                && Character.isLetterOrDigit(doc.text.charAt(end - 1));
    }

    /**
     * "Ministry of Foreign Affairs" / "Briefing by Spokeswoman Ada Koval" / "Ada Koval: Good afternoon. ... the Minister
     * will receive ... Piet Rennard." / "Question: ..." / "Answer: ...": the person whose turn opens the transcript,
     * named in a heading line above it, answers its questions, however often the opening turn names a guest it
     * announces. The page's first line may be the site's, so every heading before the first question counts.
     */
    static boolean headed(AnnotatedDocument doc, Mention opener, int firstQuestion) {
        String surname = Name.lastWord(Name.words(opener.text()));
        int end = Math.min(opener.start(), firstQuestion);
        for (int k = 0; k < doc.names.size() && doc.names.get(k).offset() < end; k++) {
            Name n = doc.names.get(k);
            if (n.kind() == SpeakerKind.PERSON && n.surname().equals(surname)
                    && doc.block(doc.sentenceAt(n.offset()).block()).kind() == Block.Kind.HEADLINE) {
                return true;
            }
        }
        return namedInHeading(doc, opener, end);
    }

    /**
     * "Spokesperson Ada Koval's Weekly Press Briefing": a title-case heading whose run of capitalised words hides the
     * name from the name index still gives the opener's full name, possessive and all.
     */
    private static boolean namedInHeading(AnnotatedDocument doc, Mention opener, int end) {
        String full = opener.text();
        if (Name.words(full).size() < 2) {
            return false;
        }
        for (int b = 0; b < doc.blocks.size() && doc.block(b).start() < end; b++) {
            Block block = doc.block(b);
            String heading = block.kind() == Block.Kind.HEADLINE ? doc.text(block.start(), block.end()) : "";
            int after = heading.indexOf(full) + full.length();
            if (after >= full.length() && (after == heading.length() || !Character.isLetter(heading.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whom the questions are put to: the person the text names most often before the interview starts (an
     * interview's introduction is about the interviewee, who is not always the last person it names: "...
     * talked about Justice Scalia. Here is the transcript."), the later one on a tie, by their fullest name. Only
     * someone named in full or with a title counts: a lone capitalised word the text never gives a first name
     * ("the ambassador to Kelm") is as likely a place.
     */
    static Mention before(AnnotatedDocument doc, int offset) {
        Set<String> full = new HashSet<>();
        for (Name n : doc.names) {
            if (n.offset() < offset && n.kind() == SpeakerKind.PERSON && (n.words().size() > 1 || !n.role().isEmpty())) {
                full.add(n.surname());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        Name best = null;
        int bestCount = 0;
        for (Name n : doc.names) {
            if (n.offset() >= offset || n.kind() != SpeakerKind.PERSON || n.words().isEmpty()
                    || !full.contains(n.surname())) {
                continue;
            }
            String surname = n.surname();
            int count = counts.merge(surname, 1, Integer::sum);
            if (count >= bestCount) {
                bestCount = count;
                best = n;
            }
        }
        if (best == null) {
            return null;
        }
        Name fullest = best;
        String surname = best.surname();
        for (Name n : doc.names) {
            if (n.offset() < offset && n.kind() == SpeakerKind.PERSON && !n.words().isEmpty()
                    && n.surname().equals(surname) && n.words().size() > fullest.words().size()) {
                fullest = n;
            }
        }
        return mention(fullest);
    }

    /** The name as a mention of its kind. */
    static Mention mention(Name n) {
        return new Mention(n.offset(), n.offset() + n.text().length(), n.text(), n.role(), n.text(), n.kind());
    }
}
