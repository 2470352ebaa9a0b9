package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An award's or a tribunal's summary names its parties once, in a heading line ("Brook Valley Hospital and Nurses
 * United, Local 12", "Between X and Y"), and its decider in a label line ("Arbitrator: Joan Pell"); its body then
 * calls them "the Union", "the Employer" and "the Arbitrator", terms defined by that heading as a treaty's
 * "hereinafter" defines its own (see {@link DefinedTerms}). The award speaks for its maker. Minutes define their
 * officers' terms in their attendance lines ({@link AttendanceRoles}): "the Chair", "the Treasurer".
 */
final class SummaryParties {

    static final SummaryParties NONE = new SummaryParties();

    /** A person's full name as a label, title or signature line gives it: two to four capitalised words. */
    static final String FULL_NAME = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3}";
    /**
     * The labels of a summary's decider; an oversight report's "Director: NAME", a report of findings' "Commissioner:
     * NAME" head the report whose decision it gives, and whose "I" is the decider's ({@link AuthorVoiceStage}); a
     * tribunal's decision names its one member ("Tribunal member: NAME"), a labour board's the vice-chair who decided
     * it ("Vice-Chair: NAME"), an inquest its coroner ("Presiding Coroner: NAME"), an audit its auditor.
     */
    static final List<String> DECIDER_LABELS = List.of("Arbitrator", "Adjudicator", "Umpire", "Director", "Commissioner",
            "Ombudsperson", "Ombudsman", "Investigator", "Member", "Tribunal member", "Tribunal Member", "Panel member",
            "Panel Member", "Vice-Chair", "Vice-Chairperson", "Coroner", "Auditor");
    /**
     * An inquiry's report names its chair on a label line ("Chair: Judge NAME"), whose "I" is the decider's; only on
     * that line, as a letter signed "Chair, Orlen Ratepayers" is no decider's.
     */
    private static final List<String> LABEL_LINE_LABELS = Stream.concat(DECIDER_LABELS.stream(), Stream.of("Chair"))
            .toList();
    /**
     * "Arbitrator: Joan Pell", "Presiding Coroner: Dr. Ilse Marr" alone on its line; the one presiding is the decider,
     * a courtesy title no part of the name.
     */
    private static final Pattern DECIDER = Pattern.compile("(?m)^(?:Presiding )?(" + String.join("|", LABEL_LINE_LABELS)
            + "): *(?:(?:Dr|Mr|Mrs|Ms|Prof|Judge|Justice)\\.? )?(" + FULL_NAME + ") *$");
    /** What the decider's own document is called: "The award declares that ...". */
    private static final Set<String> DECIDERS_DOCUMENTS = WordSet.of("award");
    private static final Pattern LOCAL = Pattern.compile("\\bLocal \\d+");
    /** The small words a party's name may hold between its capitalised words. */
    private static final Set<String> NAME_LINKS = WordSet.of("of", "the", "and", "for", "&");
    private static final Pattern DETERMINER = Pattern.compile("(?i)^the ");
    private static final String FOR_THE = " for the ";
    /** An office's name: one capitalised word, then what it is the office of or for ("Commissioner of Revenue", "Minister for the Environment"). */
    private static final Pattern OFFICE = Pattern.compile("(\\p{Lu}\\p{L}+) (?:of|for) (?:the )?\\p{Lu}.*");
    /**
     * A side's part in the case, in brackets after it in a supreme court's title ("Brannock (Appellant) v X
     * (Respondent)"), or the short title of the act in question after the last side ("X v. Federal Government (Data
     * Retention Act)").
     */
    private static final Pattern SIDE_ROLE = Pattern.compile("\\s*\\(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)*\\)\\s*$");
    /** What a lead party's name ends with when it brings the case with others: "Brannock and others". */
    private static final String OTHERS = " and others";
    /** A case's title, "X v Y" or "X v. Y". */
    private static final Pattern VERSUS = Pattern.compile(" v\\.? ");
    /** What the party that brings the case or the appeal is called: the first side of its title. */
    private static final Set<String> BRINGERS = WordSet.of("appellant", "appellants", "applicant", "applicants", "claimant",
            "claimants", "plaintiff", "plaintiffs", "petitioner", "petitioners");
    /** A prosecuting state first in the title ("R v Lind", "State of Ohio v Berg"): its appellant is the accused. */
    private static final Pattern PROSECUTOR = Pattern.compile("(?i)^(?:r|regina|rex|the (?:queen|king|state|people|crown)|"
            + "(?:state|people|commonwealth) of .*|united states.*)$");

    private final Map<String, String> named = new HashMap<>();

    private SummaryParties() {
    }

    /** The defined parties of the text's heading lines, before its first line that ends a sentence. */
    static SummaryParties of(String text) {
        SummaryParties parties = new SummaryParties();
        parties.named.putAll(AttendanceRoles.of(text));
        int headEnd = headingEnd(text);
        Matcher decider = DECIDER.matcher(text).region(0, headEnd);
        if (deciderLabel(text.substring(0, headEnd)) && decider.find()) {
            parties.named.put(decider.group(1).toLowerCase(Locale.ROOT), decider.group(2));
            for (String document : DECIDERS_DOCUMENTS) {
                parties.named.put(document, decider.group(2));
            }
        }
        for (int line = 0; line < headEnd; line = text.indexOf('\n', line) + 1) {
            int end = text.indexOf('\n', line);
            int lineEnd = end < 0 ? text.length() : end;
            // Only a short line names two parties; reading every " and " of a long one costs the square of its length.
            if (lineEnd - line <= LayoutWindows.PARTIES_LINE_CHARS) {
                parties.twoSides(text.substring(line, lineEnd).strip());
                parties.versus(text.substring(line, lineEnd).strip());
                parties.sideLine(text.substring(line, lineEnd).strip());
            }
            if (end < 0) {
                break;
            }
        }
        return parties.named.isEmpty() ? NONE : parties;
    }

    /**
     * The name of a decider's label line ("Commissioner: Lise Aarup"), alone or among a heading's short lines ("File No.
     * 12\nVice-Chair: Lise Aarup\nDecided: ..."), or null when none is.
     */
    static String labelledAuthor(String lines) {
        Matcher m = DECIDER.matcher(lines);
        return m.find() ? m.group(2) : null;
    }

    /** What a mention or a resolved speaker ("The Union", "Arbitrator") stands for, or null when it is no defined term. */
    String speakerFor(String mention) {
        return mention == null ? null : named.get(DETERMINER.matcher(mention).replaceFirst("").toLowerCase(Locale.ROOT));
    }

    /** The kind of each defined party the text names in full, read once over the text's names. */
    Map<String, SpeakerKind> kinds(List<Name> names) {
        Map<String, SpeakerKind> kinds = new HashMap<>();
        Set<String> parties = Set.copyOf(named.values());
        for (Name n : named.isEmpty() ? List.<Name>of() : names) {
            if (parties.contains(n.text())) {
                kinds.putIfAbsent(n.text(), n.kind());
            }
        }
        return kinds;
    }

    /** Whether a mention is someone acting for a defined party: "Counsel for the Union", "Representative for the grievor". */
    boolean actsFor(String mention) {
        int at = mention == null ? -1 : mention.lastIndexOf(FOR_THE);
        return at > 0 && named.containsKey(mention.substring(at + FOR_THE.length()).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a decider's label and its colon stand anywhere in the heading, where its line is looked for: the label
     * line's search tries every offset of the heading, and reading the whole text once per label was 3 % of a long one.
     */
    private static boolean deciderLabel(String heading) {
        for (String label : LABEL_LINE_LABELS) {
            if (heading.contains(label + ":")) {
                return true;
            }
        }
        return false;
    }

    /** The heading ends before the first line that ends with a full stop: the summary's prose. */
    private static int headingEnd(String text) {
        for (int line = 0; line < text.length(); ) {
            int end = text.indexOf('\n', line);
            end = end < 0 ? text.length() : end;
            String stripped = text.substring(line, end).strip();
            if (stripped.endsWith(".") && !suffixed(stripped)) {
                return line;
            }
            line = end + 1;
        }
        return text.length();
    }

    /** "... v. Orm Logistics Ltd.": a title whose full stop closes a company's suffix, no sentence. */
    private static boolean suffixed(String line) {
        int space = line.lastIndexOf(' ');
        return SpeakerPhrases.NAME_SUFFIXES.contains(line.substring(space + 1, line.length() - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * "X and Y" (or "Between X and Y"), one side a union, the other the employer; names in capitalised words only, so a
     * headline in sentence case ("Nurses union and hospital reach deal") defines nothing.
     */
    private void twoSides(String line) {
        line = line.startsWith("Between ") ? line.substring("Between ".length()) : line;
        for (int and = line.indexOf(" and "); and > 0; and = line.indexOf(" and ", and + 1)) {
            String first = line.substring(0, and);
            String second = line.substring(and + " and ".length());
            if (!nameOnly(first) || !nameOnly(second) || union(first) == union(second)) {
                continue;
            }
            named.put("union", union(first) ? first : second);
            named.put("employer", union(first) ? second : first);
            return;
        }
    }

    /**
     * "Friends of the Kessel Estuary v Port of Amberley Authority": the first side of a case's title brought it, and the
     * summary calls it "the appellant" or "the applicant"; "Dockhands Union, Local 77 v. Marrow Freight Inc." also
     * defines "the union" and "the employer".
     */
    private void versus(String line) {
        Matcher v = VERSUS.matcher(line);
        if (!v.find()) {
            return;
        }
        // "Decision summary: Local 9 v. Orm Ltd.": the title after its label.
        int label = line.lastIndexOf(": ", v.start());
        String first = SIDE_ROLE.matcher(line.substring(label < 0 ? 0 : label + 2, v.start())).replaceFirst("");
        String second = SIDE_ROLE.matcher(line.substring(v.end())).replaceFirst("");
        if (!nameOnly(first) || !nameOnly(second) || PROSECUTOR.matcher(first).matches()) {
            return;
        }
        for (String bringer : BRINGERS) {
            named.put(bringer, first);
        }
        if (union(first) != union(second)) {
            // A union's case against its employer, or the employer's against it: "the Employer" is the other side.
            named.putIfAbsent("union", union(first) ? first : second);
            named.putIfAbsent("employer", union(first) ? second : first);
        }
        office(first);
        office(second);
    }

    /**
     * "Mirela Osei-Brandt (Grievor)" on its own line under "Between:": a side named with its part in the case, which the
     * reasons call "the grievor", as a case's title defines its "the appellant".
     */
    private void sideLine(String line) {
        Matcher role = SIDE_ROLE.matcher(line);
        if (!role.find() || role.start() == 0) {
            return;
        }
        String side = line.substring(0, role.start());
        String term = role.group().strip();
        if (nameOnly(side) && !side.contains(" v ") && !side.contains(" v. ") && term.indexOf(' ') < 0) {
            named.putIfAbsent(term.substring(1, term.length() - 1).toLowerCase(Locale.ROOT), side);
        }
    }

    /**
     * "Halloran Bakery Ltd v. Registrar of Licences": a side that is an office of a state ("Registrar of Licences",
     * "Minister for Housing") is "the Registrar" or "the Minister" in the summary, unless a label line's decider holds that word.
     */
    private void office(String side) {
        Matcher m = OFFICE.matcher(side);
        if (m.matches()) {
            named.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), side);
        }
    }

    private static boolean union(String party) {
        return LOCAL.matcher(party).find() || UnionNames.isUnion(Name.words(party));
    }

    private static boolean nameOnly(String party) {
        // "Hallorann and others": the named party for all who bring the case with it.
        String[] words = (party.endsWith(OTHERS) ? party.substring(0, party.length() - OTHERS.length()) : party).split("[ ,]+");
        if (words.length == 0 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0)) && !words[0].equals("the")) {
            return false;
        }
        for (String word : words) {
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))
                    && !NAME_LINKS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
