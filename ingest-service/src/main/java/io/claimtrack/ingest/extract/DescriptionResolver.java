package io.claimtrack.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Descriptions as speakers ("the diplomat", "the ministry's spokeswoman", "— military expert"): the named
 * speaker they rename in the same story, the lede's speaker under a headline, or a person the document
 * gives that title; part of {@link ResolutionStage}.
 */
final class DescriptionResolver {

    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "some");
    /** Words that make a title another office: "vice president", "deputy minister", "former governor". */
    private static final Set<String> OTHER_OFFICE = Set.of("vice", "deputy", "assistant", "acting", "former", "ex",
            "associate", "lieutenant");
    /**
     * Party labels are titles ("Republican Dan Hollis") but, like places, say whose office it is: "the Republican
     * nominee" is not "Centrist nominee Ruth Amsel". By the key the other qualifiers use; "GOP" is Republican.
     */
    private static final Map<String, String> PARTIES = Map.of("republican", "repu", "gop", "repu", "democrat", "demo",
            "democratic", "demo");
    /**
     * Roles held for someone else ("the spokesman", "the prime minister's aide", "the attorney"): a description
     * of one is never the person the text has just named, who is more likely the one they speak or act for.
     */
    static final Set<String> RELATIONAL = Set.of("spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
            "advisor", "assistant", "lawyer", "attorney", "counsel", "deputy", "host", "member", "secretary");
    /** Words that make a description point back at something already named: "the report", "its statement". */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "their", "his",
            "her");
    private static final Set<String> HEAD_ENDERS = Set.of("for", "of", "to", "at", "in", "on", "with");

    private final Lexicon lexicon;

    DescriptionResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "Health Minister Tomas Vik visited ... The minister explained": the nearest earlier name, within a
     * few paragraphs, whose title has the description's head word.
     */
    Name titledEarlier(Attribution a, List<Name> names) {
        String head = headWord(a.mention.text());
        for (int j = Name.lastBefore(names, a.mention.start()); j >= 0 && a.mention.start() - names.get(j).offset() < Windows.TITLED_NAME_CHARS; j--) {
            Name n = names.get(j);
            if (n.kind() == SpeakerKind.PERSON && lexicon.roleFits(head, n.role().toLowerCase(Locale.ROOT))
                    && !qualifiersClash(a.mention.text(), n.role()) && sameOffice(a.mention.text(), n.role())) {
                return n;
            }
        }
        return null;
    }

    /**
     * "Elizabeth Warren, a Democrat from Massachusetts, voted no. The senator said": a definite description
     * whose title the document gives no one describes the person the text has just named, unless their own
     * title is another office or names another place or body, or their gender is not the description's. A
     * party label ("the Kentucky Republican") says nothing of the office. Not for a role held for someone else,
     * someone's role ("the mayor's deputy") or another office ("the former president", "the vice chair").
     */
    Name justNamed(AnnotatedDocument doc, Attribution a, List<Name> names, NameIndex index) {
        String text = a.mention.text();
        String head = headWord(text);
        List<String> words = Name.words(text);
        if (!text.regionMatches(true, 0, "the ", 0, 4) || !lexicon.roles.contains(head) || text.contains("'s ")
                || text.contains("’s ") || words.stream().anyMatch(w -> OTHER_OFFICE.contains(w) || RELATIONAL.contains(w))
                || !text.endsWith(head) && !PARTIES.containsKey(head)) {
            // "The Union Leader" is a title-case name, not a description.
            return null;
        }
        for (Name n : names) {
            if (n.kind() == SpeakerKind.PERSON && lexicon.roleFits(head, n.role().toLowerCase(Locale.ROOT))
                    && !qualifiersClash(text, n.role())) {
                // Someone holds the title: only a name given with it is the description's. "New Jersey Gov. Chris
                // Christie" holds another governorship than "the Ohio governor".
                return null;
            }
        }
        Name n = lastSubject(doc, a.mention.start());
        // A lone capitalised word ("Friday", "Chelsea") is a person only as part of a fuller name the text gives.
        if (n == null || n.kind() != SpeakerKind.PERSON || n.words().size() > Windows.NAME_WORDS || n.text().indexOf(' ') < 0
                && index.expandIfUnique(n.text(), SpeakerKind.PERSON, n.offset()).indexOf(' ') < 0) {
            return null;
        }
        Gender gender = Gender.ofTitle(text);
        String role = n.role().toLowerCase(Locale.ROOT);
        boolean party = PARTIES.containsKey(head);
        if (gender != null && !gender.fits(Gender.of(n.text(), lexicon)) || !party && (qualifiersClash(text, n.role())
                || !sameOffice(text, role) || otherOffice(role))) {
            return null;
        }
        return n;
    }

    /** The party a description or role names ("GOP nominee" → Republican), by the qualifiers' key; null if none. */
    static String party(String text) {
        for (String w : Name.words(text)) {
            String p = PARTIES.get(w);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * The name that opens the last sentence, within reach, that opens with a name ("Texas Sen. Ted Cruz says
     * ..."): that sentence's subject. Names after a preposition, a clause or a quotation mark are not subjects
     * ("During a stop in Fort Wayne", "“Trump is wrong,” ...").
     */
    private static Name lastSubject(AnnotatedDocument doc, int offset) {
        for (int j = Name.lastBefore(doc.names, offset); j >= 0 && offset - doc.names.get(j).offset() <= Windows.AGE_DESCRIPTION_CHARS; j--) {
            Name n = doc.names.get(j);
            Sentence s = doc.sentenceAt(n.offset());
            if (s != null && opensSentence(doc, s, n.offset(), false)) {
                return n;
            }
        }
        return null;
    }

    /**
     * Only capitalised words (a title: "Senate Majority Leader") and, if {@code quoted}, quotation marks stand
     * before {@code offset} in its sentence.
     */
    static boolean opensSentence(AnnotatedDocument doc, Sentence s, int offset, boolean quoted) {
        for (int k = s.firstToken(); k < s.endToken() && doc.tokens.get(k).start() < offset; k++) {
            Token t = doc.tokens.get(k);
            if (!quoted && t.type() == Token.Type.QUOTE || t.isWord() && !t.isCapitalized() && !Mentions.isConnector(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the diplomat": the nearest earlier named speaker of the story; "— military expert" in a headline
     * (dash or present-tense "says"): the named speaker of the line under it, when that person's role does
     * not contradict it. Headline-and-lede lists make the neighbouring line the story.
     */
    boolean resolve(AnnotatedDocument doc, int index, int[] unitOf,
            Map<String, String> nameByRole) {
        Attribution a = doc.attributions.get(index);
        String head = headWord(a.mention.text());
        Attribution found;
        if (headlineStyle(doc, a)) {
            // A headline looks forward only; failing that, the role may be named elsewhere (second pass).
            found = firstInNextBlock(doc, index, head);
        } else {
            found = nearestEarlier(doc, index, head, unitOf);
        }
        if (found == null) {
            return false;
        }
        a.speaker = found.speaker != null ? found.speaker : found.mention.name();
        if (a.kind == SpeakerKind.PERSON && found.kind == SpeakerKind.PERSON) {
            putRole(nameByRole, a.mention.text(), a.speaker);
            if (!found.role.isEmpty()) {
                a.role = found.role;
            }
        }
        a.kind = found.kind;
        return true;
    }

    private boolean headlineStyle(AnnotatedDocument doc, Attribution a) {
        if (a.source == Attribution.Source.HEADLINE) {
            return true;
        }
        if (doc.block(a.block).kind() != Block.Kind.HEADLINE || a.source != Attribution.Source.CUE) {
            return false;
        }
        String first = a.cue.split(" ")[0].toLowerCase(Locale.ROOT);
        return lexicon.cuesStartingWith(first).stream().anyMatch(f -> !f.past() && !f.gerund());
    }

    private Attribution nearestEarlier(AnnotatedDocument doc, int index, String head, int[] unitOf) {
        Attribution a = doc.attributions.get(index);
        Attribution found = null;
        Attribution headline = null;
        for (int j = index - 1; j >= 0 && j >= index - Windows.RESOLUTION_STATEMENTS; j--) {
            Attribution o = doc.attributions.get(j);
            if (o.block < a.block - Windows.DESCRIPTION_BLOCKS) {
                break;
            }
            if (a.kind == SpeakerKind.DOCUMENT && o.mention != null && o.mention.kind() != SpeakerKind.DOCUMENT
                    && o.speaker != null && mentionsDocument(doc, o, head)) {
                // "The ministry said in a statement ... The statement added": the ministry's statement.
                return o;
            }
            if (o.contentStart >= a.contentStart
                    || !(unitOf[o.block] == unitOf[a.block] || o.block >= a.block - 1)) {
                continue;
            }
            // A lede's description may rename the speaker its headline names ("Rutte threatens ..." /
            // "NATO secretary general said ...").
            boolean ofHeadline = o.block == a.block - 1 && doc.block(o.block).kind() == Block.Kind.HEADLINE;
            if (fits(a, o, head, ofHeadline)) {
                found = found == null ? o : found;
                if (headline == null && o.source == Attribution.Source.HEADLINE && ofHeadline) {
                    headline = o;
                }
            }
        }
        // The speaker the story's headline names outranks whoever else spoke in between.
        return headline != null ? headline : found;
    }

    /**
     * "The Republican presidential nominee" where the document names "Republican presidential nominee Donald
     * Trump" anywhere, however far: the one person the document gives that title with the same qualifiers
     * (party, place, body); null when none or several.
     */
    String titledOnly(Attribution a, List<Name> names, NameIndex index) {
        String text = a.mention.text();
        String head = headWord(text);
        Set<String> ofDescription = qualifiers(text);
        if (!lexicon.roles.contains(head) || !text.toLowerCase(Locale.ROOT).startsWith("the ") || ofDescription.isEmpty()) {
            return null;
        }
        String found = null;
        for (Name n : names) {
            if (n.kind() == SpeakerKind.PERSON && lexicon.roleFits(head, n.role().toLowerCase(Locale.ROOT))
                    && qualifiers(n.role()).containsAll(ofDescription) && sameOffice(text, n.role())) {
                String person = index.expand(n.text(), SpeakerKind.PERSON, n.offset());
                if (found != null && !found.equals(person)) {
                    return null;
                }
                found = person;
            }
        }
        return found;
    }

    /**
     * "the Democratic nominee" is not "Democratic vice presidential nominee Tim Kaine": "vice" before the
     * description's own title makes another office; "senior diplomat" still fits "Deputy Foreign Minister".
     */
    static boolean sameOffice(String description, String role) {
        List<String> words = Name.words(description);
        List<String> ofRole = Name.words(role);
        int head = ofRole.indexOf(headWord(description));
        for (int i = 0; i < head; i++) {
            if (OTHER_OFFICE.contains(ofRole.get(i)) && !words.contains(ofRole.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** "The ministry said in a statement": the statement this speaker's sentence names. */
    private static boolean mentionsDocument(AnnotatedDocument doc, Attribution o, String head) {
        int from = Math.min(o.mention.end(), o.contentStart);
        int to = Math.max(o.mention.end(), o.contentStart);
        return !head.isEmpty() && doc.text(from, to).toLowerCase(Locale.ROOT).contains(head);
    }

    /**
     * The lede's speaker (the next block), or a little further down someone given the headline's title
     * ("Mayor says ..." above a byline and "Mayor Lucia Ferrante said").
     */
    private Attribution firstInNextBlock(AnnotatedDocument doc, int index, String head) {
        Attribution a = doc.attributions.get(index);
        for (int j = index + 1; j < doc.attributions.size() && j <= index + Windows.RESOLUTION_STATEMENTS; j++) {
            Attribution o = doc.attributions.get(j);
            if (o.block > a.block + Windows.HEADLINE_LEDE_BLOCKS) {
                break;
            }
            boolean titled = o.mention != null && lexicon.roleFits(head, o.mention.role().toLowerCase(Locale.ROOT));
            if (fits(a, o, head, o.block == a.block + 1) && (o.block == a.block + 1 || titled)) {
                return o;
            }
        }
        return null;
    }

    /** {@code lenient}: a headline and its lede name one speaker, so a name without a title fits. */
    private boolean fits(Attribution description, Attribution o, String head, boolean lenient) {
        if (o == description || o.mention == null || o.nested) {
            return false;
        }
        if (description.kind == SpeakerKind.DOCUMENT && !DEFINITE.contains(firstWord(description.mention.text()))) {
            // "Instant polls showed", "a study found": a new source, not one named before.
            return false;
        }
        if (description.kind == SpeakerKind.DOCUMENT || description.kind == SpeakerKind.ORGANIZATION) {
            // "the report", "the portal": the outlet or body the story's headline names; "... — top brass"
            // over a lede that names the body ("..., the Defense Ministry reported"): that body.
            boolean namedBodyInLede = lenient && description.source == Attribution.Source.HEADLINE
                    && o.mention.kind() == SpeakerKind.ORGANIZATION && o.mention.hasName();
            return namedBodyInLede || o.source == Attribution.Source.HEADLINE && o.mention.kind() != SpeakerKind.ANONYMOUS
                    && (o.mention.kind() != SpeakerKind.PERSON || o.mention.hasName());
        }
        return o.mention.hasName() && compatible(description, o, head, lenient);
    }

    private boolean compatible(Attribution description, Attribution named, String head, boolean lenient) {
        SpeakerKind dk = description.kind;
        SpeakerKind nk = named.mention.kind();
        if (dk == SpeakerKind.ANONYMOUS || dk == SpeakerKind.GROUP) {
            return false;
        }
        if (dk == SpeakerKind.PERSON) {
            if (nk != SpeakerKind.PERSON) {
                return false;
            }
            String role = named.mention.role().toLowerCase(Locale.ROOT);
            String text = description.mention.text().toLowerCase(Locale.ROOT);
            // "the diplomat" may rename the last speaker; "the finance minister" or "Brandt's deputy" only
            // someone given that role.
            boolean bare = text.split(" ").length == 2 && text.startsWith("the ");
            // An indefinite description ("a senior official") introduces someone new.
            if (INDEFINITE.contains(text.split(" ")[0]) || qualifiersClash(description.mention.text(), named.mention.role())
                    || !sameOffice(text, role)) {
                return false;
            }
            return lexicon.roleFits(head, role) || lenient && role.isEmpty()
                    || bare && description.block - named.block <= Windows.BARE_DESCRIPTION_BLOCKS
                            && (lexicon.hasOtherTitles(head) || !otherOffice(role));
        }
        // Documents and outlets ("the report", "the portal") stand for the organisation of the story.
        return nk == SpeakerKind.ORGANIZATION;
    }

    /**
     * "Coach Anna Berg" is no "the striker": a role whose title word is spelled out names an office that a bare
     * description of one office does not fit; a description of wide use ("the diplomat", "the official") and
     * an abbreviated role ("Sen.", "Gov.") are left as they were.
     */
    private boolean otherOffice(String role) {
        String[] words = role.split(" ");
        String last = words[words.length - 1];
        return !last.isEmpty() && !last.endsWith(".") && lexicon.roles.contains(last);
    }

    /**
     * "The President of Russia" is not "US President Joe Biden": both the description and the role name
     * whose office it is, and they name different places or bodies.
     */
    boolean qualifiersClash(String description, String role) {
        Set<String> ofDescription = qualifiers(description);
        Set<String> ofRole = qualifiers(role);
        if (ofDescription.isEmpty() || ofRole.isEmpty()) {
            return false;
        }
        ofDescription.retainAll(ofRole);
        return ofDescription.isEmpty();
    }

    /** Capitalised words that are no title word, and party labels, by their first four letters ("Russia", "Russian": "russ"). */
    private Set<String> qualifiers(String text) {
        Set<String> out = new HashSet<>();
        String[] words = text.split("[\\s.]+");
        for (int i = 0; i < words.length; i++) {
            String w = Mentions.possessiveStem(words[i].toLowerCase(Locale.ROOT));
            if (!w.isEmpty() && Character.isUpperCase(words[i].charAt(0)) && (!lexicon.isRoleWord(w) || PARTIES.containsKey(w))
                    && !Lexicon.DETERMINERS.contains(w) && !Mentions.isConnector(w)) {
                out.add(PARTIES.getOrDefault(w, w.length() > 4 ? w.substring(0, 4) : w));
            }
        }
        return out;
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    /** "the US special envoy for Ukraine" → "envoy": the last word before a prepositional phrase. */
    static String headWord(String text) {
        List<String> w = Name.words(text);
        int end = w.size();
        for (int i = 1; i < w.size(); i++) {
            if (HEAD_ENDERS.contains(w.get(i))) {
                end = i;
                break;
            }
        }
        return end == 0 ? "" : w.get(end - 1);
    }

    static void putRole(Map<String, String> nameByRole, String role, String name) {
        String key = roleKey(role);
        if (key != null) {
            nameByRole.putIfAbsent(key, name);
        }
    }

    /**
     * Key of the role map; null for a bare noun ("expert", "lawmaker"), which a headline list gives to
     * many different people.
     */
    static String roleKey(String role) {
        List<String> w = Name.words(role);
        return w.size() < 2 ? null : String.join(" ", w);
    }
}
