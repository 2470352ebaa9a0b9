package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;

/**
 * A definite description linked to the person the text has just named, when the document gives its title no one;
 * part of {@link ResolutionStage}, after {@link TitledNames}.
 */
final class JustNamed {

    private final Lexicon lexicon;
    private final DescriptionFit fit;

    JustNamed(Lexicon lexicon, DescriptionFit fit) {
        this.lexicon = lexicon;
        this.fit = fit;
    }

    /**
     * "Elizabeth Warren, a Democrat from Massachusetts, voted no. The senator said": a definite description
     * whose title the document gives no one describes the person the text has just named, unless their own
     * title is another office or names another place or body, or their gender is not the description's. A
     * party label ("the Kentucky Republican") says nothing of the office. Not for a role held for someone else,
     * someone's role ("the mayor's deputy") or another office ("the former president", "the vice chair").
     */
    Name of(AnnotatedDocument doc, Attribution a, String head, TitledPeople titled, NameIndex index, SpeakerMentions mentions) {
        String text = a.mention.text();
        List<String> words = Name.words(text);
        if (!text.regionMatches(true, 0, "the ", 0, 4) || !lexicon.roles.contains(head) || text.contains("'s ")
                || text.contains("’s ") || words.stream().anyMatch(w -> DescriptionFit.OTHER_OFFICE.contains(w)
                        || DescriptionFit.RELATIONAL.contains(w))
                || !text.endsWith(head) && !DescriptionFit.PARTIES.containsKey(head)) {
            // "The Union Leader" is a title-case name, not a description.
            return null;
        }
        Name n = lastSubject(doc, a.mention.start());
        if (n != null && addressed(doc, n, a.mention)) {
            return null;
        }
        // A lone capitalised word ("Friday", "Chelsea") is a person only as part of a fuller name the text gives.
        if (n == null || talkedOf(mentions, a, n) || n.kind() != SpeakerKind.PERSON || n.words().size() > ResolutionWindows.NAME_WORDS || n.text().indexOf(' ') < 0
                && index.expandIfUnique(n.text(), n.offset()).indexOf(' ') < 0) {
            return null;
        }
        // Someone else holds the title: only a name given with it is the description's, unless the person just
        // named holds it too ("Sen. Ann Holm ... Sen. Ivo Berg ... Holm said ... the senator added"). "New Jersey
        // Gov. Chris Christie" holds another governorship than "the Ohio governor", "a former candidate" none. A holder
        // the text names only after the description ("the diplomat noted ... Foreign Minister Tobias Ferraud") is no
        // one the reader could take it for.
        String person = index.expand(n.text(), SpeakerKind.PERSON, n.offset());
        boolean holds = false;
        boolean other = false;
        PeopleByRole names = titled.titledByRole();
        for (Name holder : names.withRole(role -> lexicon.titles.roleFits(head, role.toLowerCase(Locale.ROOT)) && fit.holdsOffice(text, role))) {
            if (holder.kind() == SpeakerKind.PERSON && holder.offset() < a.mention.start()) {
                boolean same = index.expand(holder.text(), SpeakerKind.PERSON, holder.offset()).equals(person);
                holds |= same;
                other |= !same;
            }
        }
        if (other && !holds) {
            return null;
        }
        Gender gender = Gender.ofTitle(text);
        String role = n.role().toLowerCase(Locale.ROOT);
        boolean party = DescriptionFit.PARTIES.containsKey(head);
        if (gender != null && !gender.fits(Gender.of(n.text(), lexicon)) || !party && (!fit.holdsOffice(text, n.role())
                || fit.otherOffice(role)) || titledElsewhereFor(text, n, names, index)) {
            return null;
        }
        return n;
    }

    /**
     * "Dr. Linde, the premier said on Monday that ...": the name before the comma is whom the sentence addresses, as no
     * second comma closes the description after it ("Linde, the premier, said" would describe her).
     */
    private static boolean addressed(AnnotatedDocument doc, Name n, Mention m) {
        int end = n.offset() + n.text().length();
        return end + 2 == m.start() && doc.text.startsWith(", ", end) && (m.end() >= doc.text.length() || doc.text.charAt(m.end()) != ',');
    }

    /**
     * "Mr. Vik said the candidate could win", "With Mr. Vik's help, the party grew, the ambassador wrote": a
     * description that speaks inside the name's statement, or whose own statement holds the name, is someone else.
     */
    private static boolean talkedOf(SpeakerMentions mentions, Attribution a, Name n) {
        if (a.inContent(n.offset())) {
            return true;
        }
        for (Attribution b : mentions.holding(n.offset())) {
            if (b != a && b.inContent(a.mention.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "German Chancellor Klaus Hartmann ... Hartmann met them. The Russian leader said": an office of the
     * description's kind the text gives the same person anywhere is held for another place or body.
     */
    private boolean titledElsewhereFor(String description, Name n, PeopleByRole names, NameIndex index) {
        String person = index.expand(n.text(), SpeakerKind.PERSON, n.offset());
        String head = DescriptionHeads.headWord(description);
        for (Name other : names.withRole(role -> fit.sameKindOfOffice(head, role.toLowerCase(Locale.ROOT))
                && fit.qualifiersClash(description, role))) {
            if (other.kind() == SpeakerKind.PERSON && index.expand(other.text(), SpeakerKind.PERSON, other.offset()).equals(person)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name that opens the last sentence, within reach, that opens with a name ("Texas Sen. Ted Cruz says
     * ..."): that sentence's subject. Names after a preposition, a clause or a quotation mark are not subjects
     * ("During a stop in Fort Wayne", "“Trump is wrong,” ...").
     */
    private static Name lastSubject(AnnotatedDocument doc, int offset) {
        for (int j = Name.lastBefore(doc.names, offset); j >= 0 && offset - doc.names.get(j).offset() <= ResolutionWindows.AGE_DESCRIPTION_CHARS; j--) {
            Name n = doc.names.get(j);
            Sentence s = doc.sentenceAt(n.offset());
            // "Edwin Halloran won the vote. Twelve members of his party abstained. The premier promised": a count word
            // opening a sentence is no one's name; the subject is sought before it.
            if (s != null && opensSentence(doc, s, n.offset(), false) && !countWord(doc, n)) {
                // "Ms. Ada Holt (Grey Lake): ... The auditor found": a turn's label names the one who speaks the turn,
                // whom her own words do not describe.
                return turnLabel(doc, s, n.offset()) ? null : n;
            }
        }
        return null;
    }

    private static boolean countWord(AnnotatedDocument doc, Name n) {
        return n.words().size() == 1 && Quantities.isNumber(doc.tokens.get(doc.tokenAtOrAfter(n.offset())));
    }

    /** Whether the name at {@code offset} is in a turn's label: only capitalised words and brackets up to a colon. */
    private static boolean turnLabel(AnnotatedDocument doc, Sentence s, int offset) {
        for (int k = doc.tokenAtOrAfter(offset); k < s.endToken(); k++) {
            Token t = doc.tokens.get(k);
            if (t.is(":")) {
                return true;
            }
            if (t.isWord() ? !t.isCapitalized() : !t.is("(") && !t.is(")") && !t.is(".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Only capitalised words (a title: "Senate Majority Leader") and, if {@code quoted}, quotation marks stand
     * before {@code offset} in its sentence.
     */
    static boolean opensSentence(AnnotatedDocument doc, Sentence s, int offset, boolean quoted) {
        for (int k = s.firstToken(); k < s.endToken() && doc.tokens.get(k).start() < offset; k++) {
            if (k - s.firstToken() >= ResolutionWindows.TITLE_BEFORE_NAME_TOKENS) {
                // A title is a few words; read to the name of a long sentence, every name of it would cost the sentence.
                return false;
            }
            Token t = doc.tokens.get(k);
            if (!quoted && t.type() == Token.Type.QUOTE || t.isLowerWord() && !Mentions.isConnector(t.lower())) {
                return false;
            }
        }
        return true;
    }
}
