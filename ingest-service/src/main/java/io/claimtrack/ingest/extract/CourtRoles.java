package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A court's people by their part in the case: "the judge" is the one person the story titles judge or justice before it
 * ("U.S. District Judge Lena Orsk ... the judge told him"), not the defendant who spoke last; "his lawyer", "her
 * attorney" and "the defence lawyer" the one lawyer titled for the defence before ("Defence lawyer Ruth Kimani", not
 * "Crown attorney Ian Moor"), "the prosecutor" the one titled for the prosecution, "the defendant" the one person a
 * verdict or a charge names ("found Ivo Brandl guilty"). The parts and their titles are
 * role-titles.txt's ({@link RoleTitles#courtPart}), the one holder a title's ({@link OneHolder}); what is the court's
 * own is the side a lawyer works for. Two people of one part leave the description to the other rules. Titled people
 * read once per document; part of {@link OwnEvidence}.
 */
final class CourtRoles {

    private static final Set<String> DEFENCE = WordSet.of("defence", "defense");
    /** Words before a judge's or prosecutor's title that leave the part as it is: "the presiding judge", "the lead prosecutor". */
    private static final Set<String> PART_MODIFIERS = WordSet.of("presiding", "trial", "sentencing", "crown", "lead", "chief");
    /** "his lawyer", "her attorney", "their counsel": the client's lawyer, by a pronoun. */
    private static final Set<String> CLIENTS = WordSet.of("his", "her", "their");
    /** The part of the person a verdict or a charge names, and its descriptions. */
    private static final String DEFENDANT = "defendant";
    private static final Set<String> DEFENDANTS = WordSet.of("the defendant", "the accused");
    /** A verdict right after a person's name: "found the former mayor, Ivo B., guilty". */
    private static final Set<String> VERDICTS = WordSet.of("guilty");
    /** Verbs right before a person's name that try or charge them: "sentenced Ivo Brandl", "charged Ada Lund". */
    private static final Set<String> TRYING_VERBS = WordSet.of("sentenced", "convicted", "acquitted", "charged", "indicted");

    private record Titled(String person, String part, boolean defence, int offset) {
    }

    /** A part a description asks for; {@code defence}: only a lawyer titled for the defence. */
    private record Asked(String part, boolean defence) {
    }

    private final AnnotatedDocument doc;
    private final RoleTitles titles;
    private final NameIndex names;
    /** The people titled with a part in a case, in the text's order; null until a description asks. */
    private List<Titled> titled;

    CourtRoles(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        this.doc = doc;
        this.titles = lexicon.titles;
        this.names = names;
    }

    /** The canonical name of the one person titled before {@code m} with the part its description names; null if none or two. */
    String holder(Mention m) {
        if (m.hasName() || m.isPronoun() || m.kind() != SpeakerKind.PERSON) {
            return null;
        }
        Asked asked = asked(m.text().toLowerCase(Locale.ROOT));
        if (asked == null) {
            return null;
        }
        if (titled == null) {
            titled = read();
        }
        OneHolder holders = new OneHolder(false);
        for (Titled t : titled) {
            if (t.offset() >= m.start()) {
                break;
            }
            if (t.part().equals(asked.part()) && (!asked.defence() || t.defence())) {
                holders.add(t.person(), t.offset(), false);
            }
        }
        return holders.one();
    }

    /**
     * The part a description asks for: "the (presiding) judge", "the (lead) prosecutor", and a client's lawyer ("his
     * lawyer", "the defence lawyer"), the defence's: a lawyer with no side in the title may be anyone's ("Clinton's
     * lawyer" below "his"). Null for any other description.
     */
    private Asked asked(String text) {
        int space = text.indexOf(' ');
        String first = space < 0 ? "" : text.substring(0, space);
        String rest = text.substring(space + 1);
        if (CLIENTS.contains(first)) {
            return RoleTitles.COUNSEL.equals(titles.courtTitle(rest)) ? new Asked(RoleTitles.COUNSEL, true) : null;
        }
        if (DEFENDANTS.contains(text)) {
            return new Asked(DEFENDANT, false);
        }
        if (!first.equals("the")) {
            return null;
        }
        int next = rest.indexOf(' ');
        String modifier = next < 0 ? "" : rest.substring(0, next);
        String title = next < 0 ? "" : rest.substring(next + 1);
        if (DEFENCE.contains(modifier)) {
            return RoleTitles.COUNSEL.equals(titles.courtTitle(title)) ? new Asked(RoleTitles.COUNSEL, true) : null;
        }
        String part = titles.courtTitle(rest);
        part = part == null && PART_MODIFIERS.contains(modifier) ? titles.courtTitle(title) : part;
        return part == null || part.equals(RoleTitles.COUNSEL) ? null : new Asked(part, false);
    }

    private List<Titled> read() {
        List<Titled> out = new ArrayList<>();
        for (Name n : doc.names) {
            String role = n.role().toLowerCase(Locale.ROOT);
            String part = n.kind() != SpeakerKind.PERSON || role.isEmpty() ? null : titles.courtPart(role);
            part = part == null && n.kind() == SpeakerKind.PERSON && tried(n) ? DEFENDANT : part;
            if (part != null) {
                String person = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
                out.add(new Titled(person, part, defence(role), n.offset()));
            }
        }
        out.sort(Comparator.comparingInt(Titled::offset));
        return out;
    }

    /**
     * "found the former mayor of Horna, Ivo B., guilty", "sentenced Ada Lund to", "charged Tom Holm with": the person a
     * verdict or a charge names, whom "the defendant" means when the text tries one person.
     */
    private boolean tried(Name n) {
        List<Token> t = doc.tokens;
        int first = doc.tokenAtOrAfter(n.offset());
        int after = doc.tokenAtOrAfter(n.offset() + n.text().length());
        // An initial's period ("Ivo B.") and the apposition's comma stand between the name and its verdict.
        after = after < t.size() && t.get(after).is(".") && t.get(after).start() == n.offset() + n.text().length() ? after + 1 : after;
        after = after < t.size() && t.get(after).is(",") ? after + 1 : after;
        int before = first > 0 && t.get(first - 1).is(",") ? first - 2 : first - 1;
        return after < t.size() && VERDICTS.contains(t.get(after).lower())
                || before >= 0 && TRYING_VERBS.contains(t.get(before).lower());
    }

    /** Whether a lower-case role titles a lawyer for the defence: "defence lawyer", "senior defense attorney". */
    private boolean defence(String role) {
        for (String side : DEFENCE) {
            for (String title : titles.courtTitles(RoleTitles.COUNSEL)) {
                if (RoleTitles.holdsWords(role, side + " " + title, true)) {
                    return true;
                }
            }
        }
        return false;
    }
}
