package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose lawyer, whose daughter: a possessive description ("Larchmont's lawyer", "His daughter") is the person an
 * apposition introduced with that role for the same possessor, by a possessive pronoun standing for it ("The
 * developer, Larchmont Partners, ... Its attorney, Grant Pemberton,"; "Carrow stood ... Her lawyer, Bernard Quarles,")
 * or by its name ("Pruitt's daughter, Nancy Pruitt-Hale,"). Built once per document; part of {@link ResolutionStage}.
 */
final class PossessedRoles {

    /** How far before a name its apposition's "Its lawyer, " may begin: a possessor and up to three words. */
    private static final int APPOSITION_CHARS = 60;
    /** How far before the apposition or description a pronoun's possessor is looked for. */
    private static final int POSSESSOR_CHARS = 400;
    /** How many earlier people a possessive pronoun before a kin word may stand for, nearest first, until one has the kin. */
    private static final int POSSESSORS_TRIED = 3;
    /**
     * "Its attorney, ", "her son, ", "Pruitt's daughter, ", "Voss' niece, " right before a name; an obituary's "survived
     * by a son, " too, kin of the one the sentence is about.
     */
    private static final Pattern APPOSITION = Pattern.compile(
            "(?:^|[^\\p{L}’'])(?:((?i:its|her|his|an?))|(\\p{Lu}[\\p{L}-]*)(?:['’]s|(?<=s)['’])) ((?:[\\p{L}-]+ ){0,2}[\\p{L}-]+), $");
    private static final Pattern OPENING_PRONOUN = Pattern.compile("(?i)(its|her|his) ");
    /** Kin are no office, but a family's "daughter" is named in apposition and described after as offices are. */
    static final Set<String> KIN = WordSet.of("son", "daughter", "wife", "husband", "mother", "father", "sister",
            "brother", "widow", "widower", "grandson", "granddaughter", "niece", "nephew", "cousin", "fiancé", "fiancée");
    /**
     * "X's father, Y," makes X Y's child, "X's grandmother, Y," Y's grandchild, "X's husband, Y," Y's wife or widow:
     * the kin each kin word gives the other way.
     */
    private static final Map<String, List<String>> KIN_BACK = kinBack(List.of(
            List.of("father mother", "daughter son"), List.of("stepfather stepmother", "stepdaughter stepson"),
            List.of("grandfather grandmother", "granddaughter grandson"), List.of("uncle aunt", "niece nephew"),
            List.of("husband widower", "wife widow"), List.of("brother sister", "brother sister"), List.of("cousin", "cousin")));

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    /** A possessor's word ("larchmont", "carrow") to the roles given in apposition for it, each to its holder. */
    private Map<String, Map<String, Name>> byPossessor;

    PossessedRoles(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
    }

    /** The appositions, read once when the first possessive description asks. */
    private void read() {
        byPossessor = new HashMap<>();
        List<Name> all = doc.names;
        for (int i = 0; i < all.size(); i++) {
            Name n = all.get(i);
            if (n.kind() != SpeakerKind.PERSON || doc.quoteAt(n.offset()) != null) {
                continue;
            }
            int from = Math.max(0, n.offset() - APPOSITION_CHARS);
            if (!afterComma(doc.text, from, n.offset())) {
                continue;
            }
            Matcher m = APPOSITION.matcher(doc.text(from, n.offset()));
            if (!m.find()) {
                continue;
            }
            String role = m.group(3).toLowerCase(Locale.ROOT);
            String head = DescriptionHeads.headWord(role);
            String determiner = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            boolean indefinite = FunctionWords.INDEFINITE_ARTICLES.contains(determiner);
            boolean kin = KIN.contains(head) || KIN_BACK.containsKey(head);
            if (!kin && (indefinite || !lexicon.roles.contains(head))) {
                continue;
            }
            // "She is survived by a son, Piet Aldar, and a daughter, ...": whose kin the sentence's subject says,
            // so the possessor is named before it, not in its list.
            int sentence = indefinite ? doc.sentenceAt(n.offset()).start() : -1;
            Name owner = indefinite ? possessor(doc, names, Name.lastBefore(doc.names, sentence) + 1, sentence, determiner)
                    : m.group(1) != null ? possessor(doc, names, i, from + m.start(1), determiner)
                    : new Name(m.group(2), SpeakerKind.PERSON, "", from + m.start(2));
            for (String w : wordsOf(owner)) {
                byPossessor.computeIfAbsent(w, k -> new LinkedHashMap<>()).putIfAbsent(role, n);
            }
            // "Varn's father, Augustin Varn, ... His daughter remembers": the father's daughter is Varn.
            for (String back : owner == null || owner.kind() != SpeakerKind.PERSON ? List.<String>of() : KIN_BACK.getOrDefault(role, List.of())) {
                for (String w : n.words()) {
                    byPossessor.computeIfAbsent(w, k -> new LinkedHashMap<>()).putIfAbsent(back, owner);
                }
            }
        }
    }

    /**
     * Whether the text before {@code end} ends as {@link #APPOSITION} must, with ", " (its "$" also matches before one
     * closing line break): the regex tries every start in its window, and most names follow no comma.
     */
    private static boolean afterComma(String text, int from, int end) {
        if (end - from >= 2 && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n') {
            end -= 2;
        } else if (end > from && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end - from >= 2 && text.charAt(end - 2) == ',' && text.charAt(end - 1) == ' ';
    }

    /**
     * The name a possessive pronoun stands for: the nearest earlier name outside a quotation, a body for "its", for
     * "her" and "his" a person the text names in full and not of the other sex ("Colleagues" opening a sentence is
     * no one's name), not after a preposition; for an article's kin ("a son"), a person of either sex.
     */
    private static Name possessor(AnnotatedDocument doc, NameIndex names, int holder, int at, String pronoun) {
        Gender gender = "her".equals(pronoun) ? Gender.FEMALE : "his".equals(pronoun) ? Gender.MALE : null;
        boolean body = "its".equals(pronoun);
        for (int j = holder - 1; j >= 0; j--) {
            Name o = doc.names.get(j);
            if (at - o.offset() > POSSESSOR_CHARS) {
                return null;
            }
            if (doc.quoteAt(o.offset()) == null && (body ? o.kind() == SpeakerKind.ORGANIZATION
                    : o.kind() == SpeakerKind.PERSON && !afterPreposition(doc, o) && person(names, o, gender))) {
                return o;
            }
        }
        return null;
    }

    /** "worked at the Halton Tool and Die plant": a place or firm after a preposition, not whose "his" it is. */
    private static boolean afterPreposition(AnnotatedDocument doc, Name n) {
        int k = doc.tokenAtOrAfter(n.offset()) - 1;
        if (k >= 0 && doc.tokens.get(k).is("the")) {
            k--;
        }
        return k >= 0 && CueStage.PREPOSITIONS.contains(doc.tokens.get(k).lower());
    }

    private static boolean person(NameIndex names, Name n, Gender gender) {
        String full = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
        return full.indexOf(' ') > 0 && (gender == null || gender.fits(names.gender(full)));
    }

    private static List<String> wordsOf(Name n) {
        return n == null ? List.of() : n.words();
    }

    /**
     * The holder of a possessive description's role for its possessor ("Larchmont's lawyer"; "His daughter", "his"
     * standing for the nearest man named before), null if none.
     */
    Name holder(Mention description) {
        String possessor = ResolutionStage.possessor(description);
        if (possessor != null) {
            return heldBy(Name.words(possessor), description);
        }
        Matcher pronoun = OPENING_PRONOUN.matcher(description.text());
        if (!pronoun.lookingAt()) {
            return null;
        }
        // "a son, Piet Aldar, and a daughter, Runa Aldar-Voss. ... her daughter said": the nearest woman may be the
        // daughter herself, whose kin the text does not give; the next one back is asked then. Only for kin: "his
        // Norlandic counterpart" after one counterpart's statement is no counterpart of the man before.
        int before = Name.lastBefore(doc.names, description.start()) + 1;
        int tries = KIN.contains(DescriptionHeads.headWord(description.text())) ? POSSESSORS_TRIED : 1;
        for (int tried = 0; tried < tries; tried++) {
            Name owner = possessor(doc, names, before, description.start(), pronoun.group(1).toLowerCase(Locale.ROOT));
            Name held = owner == null ? null : heldBy(owner.words(), description);
            if (owner == null || held != null) {
                return held;
            }
            before = Name.lastBefore(doc.names, owner.offset()) + 1;
        }
        return null;
    }

    /** The holder of the description's role for the possessor named by {@code words}, null if none. */
    private Name heldBy(List<String> words, Mention description) {
        if (words.isEmpty()) {
            return null;
        }
        if (byPossessor == null) {
            read();
        }
        Map<String, Name> roles = byPossessor.get(Name.lastWord(words));
        if (roles == null) {
            return null;
        }
        String head = DescriptionHeads.headWord(description.text());
        Gender gender = Gender.ofWord(head);
        for (Map.Entry<String, Name> e : roles.entrySet()) {
            Name held = e.getValue();
            if (lexicon.titles.roleFits(head, e.getKey())
                    && (gender == null || gender.fits(names.gender(names.expand(held.text(), SpeakerKind.PERSON, held.offset()))))) {
                return held;
            }
        }
        return null;
    }

    /** Each pair's words on either side give those on the other ("father mother" and "daughter son"). */
    private static Map<String, List<String>> kinBack(List<List<String>> pairs) {
        Map<String, List<String>> back = new HashMap<>();
        for (List<String> pair : pairs) {
            List<String> one = List.of(pair.get(0).split(" "));
            List<String> other = List.of(pair.get(1).split(" "));
            one.forEach(w -> back.put(w, other));
            other.forEach(w -> back.put(w, one));
        }
        return Map.copyOf(back);
    }
}
