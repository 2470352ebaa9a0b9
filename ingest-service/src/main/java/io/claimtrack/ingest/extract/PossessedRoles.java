package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose lawyer: a possessive description ("Larchmont's lawyer", "Carrow's attorney") is the person an apposition
 * introduced with a possessive pronoun standing for that possessor ("The developer, Larchmont Partners, ... Its
 * attorney, Grant Pemberton,"; "Carrow stood ... Her lawyer, Bernard Quarles,"). Built once per document; part of
 * {@link ResolutionStage}.
 */
final class PossessedRoles {

    /** How far before a name its apposition's "Its lawyer, " may begin: a pronoun and up to three words. */
    private static final int APPOSITION_CHARS = 60;
    /** How far before the apposition the pronoun's possessor is looked for. */
    private static final int POSSESSOR_CHARS = 400;
    private static final Pattern APPOSITION = Pattern.compile(
            "(?:^|[^\\p{L}’'])(its|her|his) ((?:[\\p{L}-]+ ){0,2}[\\p{L}-]+), $", Pattern.CASE_INSENSITIVE);

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
            Matcher m = APPOSITION.matcher(doc.text(from, n.offset()));
            if (!m.find()) {
                continue;
            }
            String role = m.group(2).toLowerCase(Locale.ROOT);
            if (!lexicon.roles.contains(DescriptionFit.headWord(role))) {
                continue;
            }
            Name possessor = possessor(doc, names, i, from + m.start(1), m.group(1).toLowerCase(Locale.ROOT));
            if (possessor != null) {
                for (String w : possessor.words()) {
                    byPossessor.computeIfAbsent(w, k -> new LinkedHashMap<>()).putIfAbsent(role, n);
                }
            }
        }
    }

    /**
     * The name a possessive pronoun stands for: the nearest earlier name outside a quotation, a body for "its", a
     * person not of the other sex for "her" and "his".
     */
    private static Name possessor(AnnotatedDocument doc, NameIndex names, int holder, int at, String pronoun) {
        Gender gender = "her".equals(pronoun) ? Gender.FEMALE : "his".equals(pronoun) ? Gender.MALE : null;
        for (int j = holder - 1; j >= 0; j--) {
            Name o = doc.names.get(j);
            if (at - o.offset() > POSSESSOR_CHARS) {
                return null;
            }
            if (doc.quoteAt(o.offset()) == null && (gender == null ? o.kind() == SpeakerKind.ORGANIZATION
                    : o.kind() == SpeakerKind.PERSON && gender.fits(names.gender(names.expand(o.text(), SpeakerKind.PERSON, o.offset()))))) {
                return o;
            }
        }
        return null;
    }

    /** The holder of a possessive description's role for its possessor ("Larchmont's lawyer"), null if none. */
    Name holder(Mention description) {
        String possessor = ResolutionStage.possessor(description);
        List<String> words = possessor == null ? List.of() : Name.words(possessor);
        if (words.isEmpty()) {
            return null;
        }
        if (byPossessor == null) {
            read();
        }
        Map<String, Name> roles = byPossessor.get(words.get(words.size() - 1));
        if (roles == null) {
            return null;
        }
        String head = DescriptionFit.headWord(description.text());
        for (Map.Entry<String, Name> e : roles.entrySet()) {
            if (lexicon.roleFits(head, e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
