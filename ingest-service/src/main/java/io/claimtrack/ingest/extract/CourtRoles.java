package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A court's people by their part in the case: "the judge" is the one person the story titles judge or justice before it
 * ("U.S. District Judge Lena Orsk ... the judge told him"), not the defendant who spoke last; "his lawyer", "her
 * attorney" and "the defence lawyer" the one lawyer titled for the defence before ("Defence lawyer Ruth Kimani", not
 * "Crown attorney Ian Moor"), "the prosecutor" the one titled for the prosecution. Two people of one part leave the
 * description to the other rules. Titled people read once per document; part of {@link OwnEvidence}.
 */
final class CourtRoles {

    /** A part in a case, as a description asks for it and as a title gives it. */
    private enum Part { BENCH, PROSECUTION, COUNSEL }

    private static final Pattern BENCH = Pattern.compile("the (?:presiding |trial |sentencing )?(?:judge|justice)");
    private static final Pattern DEFENCE = Pattern.compile("the defen[cs]e (?:lawyer|attorney|counsel)");
    private static final Pattern PROSECUTION = Pattern.compile("the (?:crown |lead |chief )?(?:prosecutor|crown attorney)");
    /** "his lawyer", "her attorney", "their counsel": the client's lawyer, by a pronoun. */
    private static final Pattern COUNSEL = Pattern.compile("(?:his|her|their) (?:lawyer|attorney|counsel)");

    private static final Pattern TITLED_BENCH = Pattern.compile(".*\\b(?:judge|justice)");
    private static final Pattern TITLED_PROSECUTION = Pattern.compile(".*\\b(?:prosecutor|crown attorney|crown counsel|u\\.s\\. attorney"
            + "|district attorney|state's attorney)\\b.*");
    private static final Pattern TITLED_DEFENCE = Pattern.compile(".*\\bdefen[cs]e (?:lawyer|attorney|counsel)\\b.*");
    private static final Pattern TITLED_COUNSEL = Pattern.compile(".*\\b(?:lawyer|attorney|counsel)");

    private record Titled(String person, Part part, boolean defence, int offset) {
    }

    private final AnnotatedDocument doc;
    private final NameIndex names;
    /** The people titled with a part in a case, in the text's order; null until a description asks. */
    private List<Titled> titled;

    CourtRoles(AnnotatedDocument doc, NameIndex names) {
        this.doc = doc;
        this.names = names;
    }

    /** The canonical name of the one person titled before {@code m} with the part its description names; null if none or two. */
    String holder(Mention m) {
        if (m.hasName() || m.isPronoun() || m.kind() != SpeakerKind.PERSON) {
            return null;
        }
        String text = m.text().toLowerCase(Locale.ROOT);
        Part asked = BENCH.matcher(text).matches() ? Part.BENCH : PROSECUTION.matcher(text).matches() ? Part.PROSECUTION
                : DEFENCE.matcher(text).matches() || COUNSEL.matcher(text).matches() ? Part.COUNSEL : null;
        if (asked == null) {
            return null;
        }
        if (titled == null) {
            titled = read();
        }
        // A client's lawyer is the defence's: a lawyer with no side in the title may be anyone's ("Clinton's lawyer" below "his").
        return only(m.start(), asked, asked == Part.COUNSEL);
    }

    /** The one person titled with {@code part} before {@code before} (of the defence when {@code defence}); null if none or two. */
    private String only(int before, Part part, boolean defence) {
        String found = null;
        for (Titled t : titled) {
            if (t.offset() >= before) {
                break;
            }
            if (t.part() == part && (!defence || t.defence())) {
                if (found != null && !found.equals(t.person())) {
                    return null;
                }
                found = t.person();
            }
        }
        return found;
    }

    private List<Titled> read() {
        List<Titled> out = new ArrayList<>();
        for (Name n : doc.names) {
            String role = n.role().toLowerCase(Locale.ROOT);
            if (n.kind() != SpeakerKind.PERSON || role.isEmpty()) {
                continue;
            }
            Part part = TITLED_PROSECUTION.matcher(role).matches() ? Part.PROSECUTION : TITLED_BENCH.matcher(role).matches() ? Part.BENCH
                    : TITLED_COUNSEL.matcher(role).matches() ? Part.COUNSEL : null;
            if (part != null) {
                String person = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
                out.add(new Titled(person, part, TITLED_DEFENCE.matcher(role).matches(), n.offset()));
            }
        }
        out.sort(Comparator.comparingInt(Titled::offset));
        return out;
    }
}
