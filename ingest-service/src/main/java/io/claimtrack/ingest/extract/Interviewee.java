package io.claimtrack.ingest.extract;

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
        Name found = new OnlyPerson(doc, block.start(), false).upTo(block.end());
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

    /** As {@link MostNamed}: the person the text names most often before {@code offset}, or null. */
    static Mention before(AnnotatedDocument doc, int offset) {
        return new MostNamed(doc).before(offset);
    }

    /** The name as a mention of its kind. */
    static Mention mention(Name n) {
        return new Mention(n.offset(), n.offset() + n.text().length(), n.text(), n.role(), n.text(), n.kind());
    }

    /**
     * Whom a transcript's questions are put to, asked at each question in text order until someone is found: each
     * question reads only the names since the one before, so a page of questions no one is found for reads its names
     * once, not once per question.
     */
    static final class Search {

        private final AnnotatedDocument doc;
        private final int title;
        private final MostNamed named;
        private boolean titleRead;
        private Mention titled;
        /** The heading lines' one titled person, read when the title names no one. */
        private OnlyPerson headings;

        Search(AnnotatedDocument doc, int title) {
            this.doc = doc;
            this.title = title;
            this.named = new MostNamed(doc);
        }

        /**
         * "Ministry of Harbours" / "Briefing by Spokesman Anton Brandeis" / "Minister Lise Amundrud: I have come to
         * present ..." / "Question: ..." / "Answer: ...": when the title names no one alone, the one person a heading
         * line before the first question names in full with a title answers the questions, though a guest the briefing
         * announces speaks first; so does a press release's "Comment by the Official Representative ... X in connection
         * with a media question" over its one question. A byline names its writer without a title.
         */
        Mention ofHeadings(int firstQuestion) {
            if (!titleRead) {
                titleRead = true;
                titled = ofTitle(doc, title);
                headings = titled == null && title >= 0 ? new OnlyPerson(doc, doc.block(title).end(), true) : null;
            }
            Name found = headings == null ? null : headings.upTo(firstQuestion);
            return found == null ? titled : mention(found);
        }

        /** As {@link MostNamed}, read on from the last question. */
        Mention before(int offset) {
            return named.before(offset);
        }
    }
}
