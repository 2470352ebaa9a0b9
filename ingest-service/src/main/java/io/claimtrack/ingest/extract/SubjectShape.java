package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * How a name stands in its sentence, for {@link SubjectCandidates}: as the subject that opens it ("Council member
 * Raj Patel was ...", "Her colleague Denise Hartigan, a nurse, is ...") or as the subject of a passive, someone
 * things are done to ("Lowe was taken to hospital").
 */
final class SubjectShape {

    private static final Set<String> BE = WordSet.of("was", "were", "is", "are", "has", "have", "had");
    /**
     * Irregular past participles of what is done to people ("was taken to hospital", "was shot") or to a document
     * ("A memo seen by the Courier said", {@link SubjectPhrase}).
     */
    static final Set<String> PARTICIPLES = WordSet.of("taken", "given", "seen", "beaten", "bitten", "driven",
            "chosen", "stolen", "shaken", "hidden", "thrown", "known", "shown", "found", "hurt", "shot", "held", "hit",
            "struck", "left", "brought", "caught", "told", "sent", "kept", "led", "put", "cut", "paid", "sold", "run",
            "overrun", "sworn", "torn");
    /** "-ed" words after "was" that say how someone felt, which often leads into what they said. */
    private static final Set<String> ATTITUDES = WordSet.of("pleased", "delighted", "worried", "concerned", "surprised",
            "disappointed", "frustrated", "convinced", "determined", "unimpressed", "excited", "satisfied", "relieved",
            "shocked", "stunned", "puzzled", "confused", "encouraged", "prepared", "unconvinced", "undeterred",
            "unmoved", "annoyed", "angered", "alarmed", "amused", "dismayed", "outraged", "baffled",
            "heartened", "thrilled", "saddened", "troubled", "unfazed", "undaunted", "inclined",
            "interested", "tired", "scared", "embarrassed", "impressed", "guarded", "measured", "reserved",
            "animated");

    /** Words that open an adverbial phrase before a sentence's subject: "In a statement on Tuesday, ...". */
    private static final Set<String> ADVERBIAL_OPENERS = WordSet.of("in", "on", "at", "after", "before", "during", "while",
            "though", "although", "when", "since", "despite", "following", "earlier", "later", "outside", "inside", "near",
            "across", "around", "behind", "beyond", "along", "amid", "throughout", "within", "down", "up", "over", "under");
    /** Prepositions whose fronted phrase a "was" and its subject may follow: "Among the dead was", "At the wheel was". */
    private static final Set<String> INVERSION_OPENERS = WordSet.of("among", "at", "in", "on", "behind", "beside", "with");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;

    SubjectShape(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /**
     * "Lowe was taken to hospital": a passive subject is someone things happen to, not someone the text turns
     * to as a speaker; "Patel was pleased" is no passive, and someone arrested or questioned still speaks.
     */
    static boolean passiveSubject(NamedRoles.Place p, Name n) {
        if (p == null) {
            return false;
        }
        List<Token> tokens = p.tokens();
        int end = n.offset() + n.text().length();
        for (int i = p.first(); i < tokens.size(); i++) {
            if (tokens.get(i).start() < end) {
                continue;
            }
            if (!BE.contains(tokens.get(i).lower())) {
                return false;
            }
            boolean been = i + 1 < tokens.size() && tokens.get(i + 1).is("been");
            // "has started packing" is a perfect, not a passive: only "has been taken" is done to its subject.
            if (!been && FunctionWords.HAVE_FORMS.contains(tokens.get(i).lower())) {
                return false;
            }
            int k = been ? i + 2 : i + 1;
            String w = k < tokens.size() ? tokens.get(k).lower() : "";
            return w.endsWith("ed") && !ATTITUDES.contains(w) && !NamedRoles.speakingPassive(w) || PARTICIPLES.contains(w);
        }
        return false;
    }

    /**
     * "The former chief, Anna Kolstad, had made the same warning", "Grundt's predecessor, Anna Kolstad, had ...":
     * a name between commas after a short description that opens the sentence (an article or a possessive, a
     * role word last) is in apposition to the subject, so it is the subject; the possessor may carry an honorific
     * ("Mr. Fenwick's lawyer, Geri Obi, spoke").
     */
    private boolean inOpeningApposition(List<Token> tokens, int offset) {
        int name = 0;
        while (name < tokens.size() && tokens.get(name).start() < offset) {
            name++;
        }
        int lead = tokens.size() > 2 && RoleAndName.HONORIFICS.contains(tokens.get(0).lower()) && tokens.get(1).is(".") ? 2 : 0;
        // "The president of the police union, Dale Brennan,": the head before its "of" says a person too.
        if (name < lead + 3 || name > lead + ResolutionWindows.OPENING_DESCRIPTION_TOKENS + 1 || !tokens.get(name - 1).is(",")
                || !personWord(lexicon, tokens.get(name - 2).lower()) && !personWord(lexicon, ofHead(tokens, lead, name - 1))) {
            return false;
        }
        String first = tokens.get(lead).lower();
        if (!FunctionWords.DETERMINERS.contains(first) && !Mentions.isPossessive(first)) {
            return false;
        }
        for (int k = lead + 1; k < name - 1; k++) {
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        int k = nameEnd(tokens, name);
        return k > name && k < tokens.size() && tokens.get(k).is(",");
    }

    /** The token after the capitalised words of a name at token {@code from}: "Sgt. Dale Brennan", an abbreviated rank's period is part of it. */
    static int nameEnd(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && (tokens.get(k).isCapitalized() || tokens.get(k).is(".") && abbreviation(tokens.get(k - 1)))) {
            k++;
        }
        return k;
    }

    private static boolean abbreviation(Token t) {
        return t.isCapitalized() && t.isWord() && t.text().length() <= 4;
    }

    /** "The president of the police union": the head before the description's first "of", "for", "at" ...; "" if none. */
    private static String ofHead(List<Token> tokens, int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int k = from; k < to; k++) {
            words.append(tokens.get(k).lower()).append(' ');
        }
        return DescriptionHeads.headWord(words.toString().trim());
    }

    /** A role, a kind of person or a gendered word ("One local woman, Kari Lund,", "Trump's wife, Melania,"). */
    static boolean personWord(Lexicon lexicon, String lower) {
        return lexicon.isRoleWord(lower) || lexicon.isPersonNoun(lower) || Gender.ofWord(lower) != null;
    }

    /**
     * "Her colleague Denise Hartigan, a nurse ..., is less sure", "Olvera's pivot Kasimir Lund, who ..., watched", "The
     * visitors' goalkeeper Mats Lund, who ..., waved": a possessive pronoun, name or noun and a noun or two opening the
     * sentence right before a name describe the subject as a title does; the tokens they take, or 0.
     */
    private int possessiveDescription(List<Token> tokens, int offset) {
        int owner = possessorEnd(tokens);
        if (owner < 0) {
            return 0;
        }
        int first = owner + 1;
        int k = first;
        // "Her attack on Sanders", "His appointment of James Zogby": a preposition makes the name an object.
        while (k < tokens.size() && k - owner <= ResolutionWindows.POSSESSIVE_DESCRIPTION_WORDS && tokens.get(k).isLowerWord()
                && !FunctionWords.NP_BREAKERS.contains(tokens.get(k).lower())
                && !FunctionWords.TOPIC_PREPOSITIONS.contains(tokens.get(k).lower()) && !tokens.get(k).is("and")) {
            k++;
        }
        return k > first && k < tokens.size() && (tokens.get(k).start() == offset || mentionOpensWith(tokens, k, offset)) ? k : 0;
    }

    /**
     * Whether the name at {@code offset} is the one at token {@code k}, its mention opening earlier with the description
     * or its role word ("Tarrow's captain Olle Brann"), not the possessor's own name ("Brann's teammate Ida Holm").
     */
    private boolean mentionOpensWith(List<Token> tokens, int k, int offset) {
        if (!tokens.get(k).isCapitalized() || offset < tokens.get(0).start() || offset >= tokens.get(k).start()) {
            return false;
        }
        Name n = Name.startingAt(doc.names, offset);
        return n != null && n.text().startsWith(tokens.get(k).text());
    }

    /**
     * The index of the possessive opening {@code tokens}: a pronoun ("Her"), a short name's last word ("Sankt Ebba's")
     * or a noun's after "The" ("The club's", "The visitors'", the mark of a plural's); -1 if none.
     */
    private static int possessorEnd(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return -1;
        }
        if (FunctionWords.POSSESSIVES.contains(tokens.get(0).lower())) {
            return 0;
        }
        if (tokens.size() > 3 && tokens.get(0).is("the")) {
            return Mentions.isPossessive(tokens.get(1).lower()) ? 1 : SubjectPhrase.possessiveMark(tokens, 2) ? 2 : -1;
        }
        for (int k = 0; k < tokens.size() && k < ResolutionWindows.POSSESSIVE_DESCRIPTION_WORDS && tokens.get(k).isCapitalized(); k++) {
            String lower = tokens.get(k).lower();
            if (Mentions.isPossessive(lower)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Among the first riders was Ines Varga, a nurse": the name right after "was", "were", "is" or "are" that follows a fronted
     * phrase (a preposition and its words, no comma) is the sentence's subject, put last.
     */
    private static boolean invertedAfterPhrase(List<Token> tokens, int offset) {
        if (tokens.size() < 4 || !INVERSION_OPENERS.contains(tokens.get(0).lower()) && !oneOf(tokens)) {
            return false;
        }
        for (int i = 1; i < tokens.size() && i <= ResolutionWindows.OPENING_DESCRIPTION_TOKENS + 1 && tokens.get(i).start() < offset; i++) {
            Token t = tokens.get(i);
            if ((t.is("was") || t.is("were") || t.is("is") || t.is("are")) && i + 1 < tokens.size() && tokens.get(i + 1).start() == offset) {
                return true;
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "One of them is Ines Varga, 36": a part of a group the text spoke of, then "is" and the name, singles out the one
     * it goes on with; the name is the subject as after a fronted phrase.
     */
    private static boolean oneOf(List<Token> tokens) {
        return tokens.get(0).is("one") && tokens.get(1).is("of");
    }

    /** At the sentence start, or after a title only ("Council member Raj Patel was ..."). */
    boolean opensSentence(NamedRoles.Place p, int offset) {
        if (p == null) {
            return false;
        }
        Sentence s = p.sentence();
        if (doc.block(s.block()).kind() == Block.Kind.HEADLINE) {
            return false;
        }
        // "HARWICK — Dr. Ada Quist was walking the ward": the subject opens the sentence after its dateline.
        int from = Datelines.subjectStart(doc, s, p.tokens());
        if (from >= p.tokens().size()) {
            return false;
        }
        if (opensFrom(p.tokens().subList(from, p.tokens().size()), offset)) {
            return true;
        }
        // "Asked how she would celebrate, Ada Quist laughed": or after an opening adverbial or participle's clause, which
        // a name inside it does not open ("Asked about the Harrow Valley, he said").
        int subject = OpeningAdverbials.subjectStart(p.tokens(), from, p.tokens().size());
        return subject > from && subject < p.tokens().size() && offset >= p.tokens().get(subject).start()
                && opensFrom(p.tokens().subList(subject, p.tokens().size()), offset);
    }

    /** Whether the name at {@code offset} is the subject that opens {@code tokens}, after a title or an opening phrase only. */
    private boolean opensFrom(List<Token> tokens, int offset) {
        if (inOpeningApposition(tokens, offset) || invertedAfterPhrase(tokens, offset)) {
            return true;
        }
        // Only a title, or an opening phrase and a comma then a title, may stand before the subject: "In a
        // statement on Tuesday, party leader Ola Berg was ...".
        int start = tokens.get(0).start();
        int titleFrom = start;
        boolean titleOnly = true;
        // "Her colleague Denise Hartigan": the possessive description is read past as a title is.
        for (int i = possessiveDescription(tokens, offset); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= offset) {
                if (!titleOnly || offset - titleFrom > ResolutionWindows.TITLE_BEFORE_SUBJECT_CHARS) {
                    return false;
                }
                // A subject is followed by its verb: "Raj Patel was sceptical", not "African-Americans, he said".
                int k = i;
                while (k < tokens.size() && (tokens.get(k).isCapitalized() || tokens.get(k).is("."))) {
                    if (tokens.get(k).isAllCaps()) {
                        return false;
                    }
                    k++;
                }
                // "Clinton’s campaign said": a possessor is no subject.
                boolean possessor = k > i && Mentions.isPossessive(tokens.get(k - 1).lower());
                // "Mette Kolstad, who led the delegation, was more cautious": the verb comes after the relative clause.
                boolean relative = k + 1 < tokens.size() && tokens.get(k).is(",") && (tokens.get(k + 1).is("who") || tokens.get(k + 1).is("whose"));
                k = SubjectAsides.after(tokens, k);
                return !possessor && k < tokens.size() && (relative || tokens.get(k).isLowerWord());
            }
            if (t.is(",") && i > 0 && titleFrom == start && ADVERBIAL_OPENERS.contains(tokens.get(0).lower())) {
                titleFrom = t.end();
                titleOnly = true;
            } else {
                // "Outside City Hall after the meeting, Kwame Boateng": a place after an opening preposition is no subject.
                // "At the meeting, resident Tamsin Oakhurst": a kind of person stands before a name as a title does.
                titleOnly &= t.isCapitalized() && !FunctionWords.NP_BREAKERS.contains(t.lower()) && !(i == 0 && ADVERBIAL_OPENERS.contains(t.lower()))
                        || lexicon.isRoleWord(t.lower()) || lexicon.isPersonNoun(t.lower());
            }
        }
        return false;
    }
}
