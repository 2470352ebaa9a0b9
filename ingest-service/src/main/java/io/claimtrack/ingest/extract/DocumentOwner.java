package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;

/**
 * "according to its annual report", "Its latest report says": a document that "its" or "their" opens speaks for the
 * body the possessive stands for (a document speaks for its maker, issue 10): the body named last before it, in its
 * own sentence or the one before, by an organisation's name or a definite description ("40 per cent of the company's
 * revenue, according to its most recent annual report"), but a name opening its sentence before a plain description
 * ("the league") holds it; so does one a body's word opens ("a club document"); part of
 * {@link ResolutionStage}.
 */
final class DocumentOwner {

    /** Tokens before the staff that open a sentence: a paragraph's number and its stop ("2."). */
    private static final int STAFF_START_TOKENS = 2;

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    private final BodyDescriptions bodies;

    DocumentOwner(AnnotatedDocument doc, Lexicon lexicon, NameIndex names, BodyDescriptions bodies) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
        this.bodies = bodies;
    }

    /** The canonical name of the body that owns the document {@code m}; null if no possessive opens it or no body is near. */
    String owner(Mention m) {
        List<String> words = Name.words(m.text());
        String maker = madeBy(m, words);
        if (maker != null) {
            return maker;
        }
        if (words.isEmpty() || !"its".equals(words.get(0)) && !"their".equals(words.get(0)) && !madeByPronoun(m)) {
            return null;
        }
        int own = doc.sentenceAtOrAfter(m.start() + 1) - 1;
        if (own < 0) {
            return null;
        }
        // Bounded in characters too: a run-on text of one long sentence is no reason to read it all per document.
        int from = Math.max(doc.sentences.get(Math.max(0, own - 1)).start(), m.start() - ResolutionWindows.PRONOUN_SUBJECT_CHARS);
        int j = Name.lastBefore(doc.names, m.start());
        while (j >= 0 && doc.names.get(j).offset() >= from && !body(doc.names.get(j))) {
            j--;
        }
        Name named = j >= 0 && doc.names.get(j).offset() >= from ? doc.names.get(j) : null;
        Mention described = description(from, m.start());
        Name subject = described == null || Mentions.isPossessive(described.text().toLowerCase(Locale.ROOT)) ? null
                : openingName(doc.sentences.get(own).start(), from, described.start());
        if (subject != null) {
            // "Orrin Rovers ended third in the league, according to its annual report": the sentence's subject owns its
            // report, not a body in its object ("the company's revenue, according to its report" is left).
            return names.expand(subject.text(), subject.kind(), subject.offset());
        }
        if (described != null && (named == null || described.start() > named.offset())) {
            Name body = bodies.named(described, Mentions.possessiveStem(DescriptionHeads.headWord(described.text())));
            return body == null ? described.text() : names.expand(body.text(), SpeakerKind.ORGANIZATION, body.offset());
        }
        return named == null ? null : names.expand(named.text(), SpeakerKind.ORGANIZATION, named.offset());
    }

    /**
     * "Inspectors of the Authority visited the flats. Their inspection report records that": the body whose staff open
     * the sentence of "their" or the one before it ("<role>s of the <Body>", past a paragraph number) speaks through
     * what "their" opens, as through its own document; null if neither opens so.
     */
    String staffsBody(Mention m) {
        List<String> words = Name.words(m.text());
        int own = doc.sentenceAtOrAfter(m.start() + 1) - 1;
        if (words.isEmpty() || !"their".equals(words.get(0)) || own < 0) {
            return null;
        }
        int before = m.start();
        for (int si = own; si >= Math.max(0, own - 1); si--) {
            Sentence s = doc.sentences.get(si);
            for (int k = s.firstToken(); k + 3 < Math.min(s.endToken(), s.firstToken() + STAFF_START_TOKENS + 4); k++) {
                List<Token> t = doc.tokens;
                String role = t.get(k).lower();
                if (t.get(k + 3).start() < before && WordForms.endsInSingleS(role) && lexicon.isRoleWord(WordForms.singular(role))
                        && t.get(k + 1).is("of") && t.get(k + 2).is("the") && t.get(k + 3).isCapitalized()
                        && lexicon.organizations.contains(t.get(k + 3).lower())) {
                    return names.expand(t.get(k + 3).text(), SpeakerKind.ORGANIZATION, t.get(k + 3).start());
                }
            }
        }
        return null;
    }

    /**
     * The name of a body that opens the sentence starting at {@code start}, before {@code before}; null if none
     * or if it opens before {@code from}, the reach of the owner's search.
     */
    private Name openingName(int start, int from, int before) {
        int j = Name.lastBefore(doc.names, before);
        while (j >= 0 && doc.names.get(j).offset() > start && doc.names.get(j).offset() >= from) {
            j--;
        }
        Name n = j >= 0 ? doc.names.get(j) : null;
        // A name of two words or more that opens with no first name may be a body read as a person: "Orrin Rovers".
        return n != null && n.offset() == start && (body(n) || n.words().size() > 1 && n.role().isEmpty()
                && !lexicon.isFirstName(n.words().get(0))) ? n : null;
    }

    /**
     * "according to its annual statistics": statistics a possessive gives an owner are that body's record, as its
     * report is; "the statistics show" names no maker, so "statistics" is no document head of its own.
     */
    static boolean ownedStatistics(Mention m) {
        List<String> words = Name.words(m.text().toLowerCase(Locale.ROOT));
        return words.size() >= 2 && words.size() <= ResolutionWindows.BODY_DESCRIPTION_TOKENS
                && ("its".equals(words.get(0)) || "their".equals(words.get(0))) && "statistics".equals(words.get(words.size() - 1));
    }

    /**
     * "according to an application it filed", "a report they released": a pronoun whose verb makes the document owns it
     * as "its" would; so does one whose channel carries it ("according to results posted on its website").
     */
    boolean madeByPronoun(Mention m) {
        int k = doc.tokenAtOrAfter(m.end());
        List<Token> tokens = doc.tokens;
        return k + 1 < tokens.size() && (tokens.get(k).is("it") || tokens.get(k).is("they"))
                && FunctionWords.PUBLISHING_PARTICIPLES.contains(tokens.get(k + 1).lower())
                || k + 3 < tokens.size() && FunctionWords.PUBLISHING_PARTICIPLES.contains(tokens.get(k).lower())
                        && tokens.get(k + 1).is("on") && (tokens.get(k + 2).is("its") || tokens.get(k + 2).is("their"))
                        && ChannelOwner.channel(tokens.get(k + 3).lower());
    }

    /**
     * "according to a club document seen by the Courier", "a company memo": a body's word alone between "a" and the
     * document names its maker, the body of that kind the text named last nearby; null if none. "court documents", "a
     * central bank survey" and "the NBC-Wall Street Journal poll" name the document or its sponsor, and stay.
     */
    private String madeBy(Mention m, List<String> words) {
        if (words.size() < 3 || !FunctionWords.INDEFINITE_ARTICLES.contains(words.get(0)) || !lexicon.documents.contains(words.get(2))
                || !lexicon.organizations.contains(words.get(1))) {
            return null;
        }
        Name body = bodies.named(m, words.get(1));
        return body == null ? null : names.expand(body.text(), SpeakerKind.ORGANIZATION, body.offset());
    }

    /** A body's name, or one word of it the text gave in full before ("Is Caravel sound?" after "Caravel Savings Bank"). */
    private boolean body(Name n) {
        return n.kind() == SpeakerKind.ORGANIZATION || bodies.isBusiness(n) || n.words().size() == 1 && names.organisationOf(n.text()) != null;
    }

    /**
     * The last definite description of a body between {@code from} and {@code to}: "the" and up to a few lower-case words
     * ending in a body's head word ("the company's", "the regional monitoring mission"); null if none.
     */
    private Mention description(int from, int to) {
        List<Token> tokens = doc.tokens;
        for (int k = doc.tokenAtOrAfter(to) - 1; k >= 0 && tokens.get(k).start() >= from; k--) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalized() || !lexicon.organizations.contains(Mentions.possessiveStem(t.lower()))) {
                continue;
            }
            for (int d = k - 1; d >= 0 && k - d <= ResolutionWindows.OWNER_DESCRIPTION_TOKENS && tokens.get(d).isWord(); d--) {
                if (tokens.get(d).is("the")) {
                    return new Mention(tokens.get(d).start(), t.end(), doc.text(tokens.get(d).start(), t.end()), "", "",
                            SpeakerKind.ORGANIZATION);
                }
            }
        }
        return null;
    }
}
