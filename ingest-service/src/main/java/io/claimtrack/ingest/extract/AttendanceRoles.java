package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minutes name who attended once, in their attendance lines ("Present: Trustee Ada Lund (Chair), ...", "Staff: Dr. Ivo
 * Marr, Superintendent of Schools; Jo Pell, Treasurer"), and then call them by office alone: "The Chair responded",
 * "The Superintendent reported", "The Treasurer replied". Each office such a line gives defines whom that term stands
 * for, as a summary's heading defines "the Union" ({@link SummaryParties}, which reads these terms with its own).
 */
final class AttendanceRoles {

    /**
     * An attendance line: "Present:", "Trustees present:", "Also in attendance:", "Staff:", "Witnesses:", and what
     * follows, without the full stop that may close it.
     */
    private static final Pattern LINE = Pattern.compile(
            "(?im)^(?:(?:\\p{L}+ ){0,2}present|(?:also )?in attendance|(?:\\p{L}+ )?staff|witnesses) *: *(.+?)\\.?$");
    /** "Ministry of Health: Dr. Ivo Marr, Deputy Minister": the body the people after its colon come from. */
    private static final Pattern BODY_LABEL = Pattern.compile("^\\p{Lu}[^:;,]*: *");
    /** "Trustee Ada Lund (Chair)": the office in brackets after the name. */
    private static final Pattern BRACKETED = Pattern.compile("^(.+?) *\\(([^()]+)\\)$");
    /** "Dr. Ivo Marr, Superintendent of Schools": the office after the name's comma. */
    private static final Pattern APPOSED = Pattern.compile("^([^,]+), *([^,]+)$");
    /**
     * "Ada Holm, General Manager, Public Works": the office before its department's comma, taken only when the office
     * ends in a role's word ("Councillors Ida Rask, Bo Feld, Ann Lo" is a list of names).
     */
    private static final Pattern DEPARTMENT = Pattern.compile("^([^,]+), *([^,]+), *([^,]+)$");
    /** An office is a capitalised phrase: "Vice-Chair", "Superintendent of Schools", "Secretary-Treasurer". */
    private static final Pattern OFFICE = Pattern.compile("\\p{Lu}[\\p{L}-]*(?: (?:of|for|and|the|\\p{Lu}[\\p{L}-]*))*");
    /** A name of two to four capitalised words, a courtesy or a title before it allowed ("Dr.", "Trustee"). */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,4}");

    private AttendanceRoles() {
    }

    /** Each office an attendance line of {@code text} gives, lower case ("chair", "superintendent"), with its holder. */
    static Map<String, String> of(String text) {
        Map<String, String> holders = new HashMap<>();
        Map<String, String> bare = new HashMap<>();
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            String list = line.group(1).strip();
            // Items with an office after a comma are kept apart by semicolons; bracketed offices by commas.
            for (String item : list.split(list.contains(";") ? " *; *" : " *, *")) {
                held(BODY_LABEL.matcher(item.strip()).replaceFirst(""), holders, bare);
            }
        }
        bare.forEach((office, holder) -> {
            if (holder != null) {
                holders.putIfAbsent(office, holder);
            }
        });
        return holders;
    }

    /**
     * "City Treasurer" is "the Treasurer", "Fire Chief" "the Chief": an office's last word, after words that name its
     * body and are no part of a title ("Deputy Minister" is no "Minister"); null where two holders share the word.
     */
    private static void bareOffice(String office, String holder, Map<String, String> bare) {
        String[] words = office.split(" ");
        if (words.length < 2 || office.contains(" of ") || !Lexicon.get().roles.contains(words[words.length - 1])) {
            return;
        }
        for (int k = 0; k < words.length - 1; k++) {
            if (Lexicon.get().roleModifiers.contains(words[k]) || Lexicon.get().roles.contains(words[k])) {
                return;
            }
        }
        String last = words[words.length - 1];
        bare.put(last, bare.containsKey(last) && !holder.equals(bare.get(last)) ? null : holder);
    }

    private static void held(String item, Map<String, String> holders, Map<String, String> bare) {
        Matcher m = BRACKETED.matcher(item);
        if (!m.matches()) {
            m = APPOSED.matcher(item);
        }
        if (!m.matches()) {
            m = DEPARTMENT.matcher(item);
            if (m.matches() && !Lexicon.get().roles.contains(Name.lastWord(Name.words(m.group(2))))) {
                return;
            }
        }
        if (!m.matches() || !NAME.matcher(m.group(1)).matches() || !OFFICE.matcher(m.group(2)).matches()) {
            return;
        }
        String office = m.group(2).toLowerCase(Locale.ROOT);
        holders.put(office, m.group(1));
        bareOffice(office, m.group(1), bare);
        if (m.groupCount() == 3) {
            // "the Manager, Traffic Operations, advised": the office named again with its department.
            holders.put(office + ", " + m.group(3).toLowerCase(Locale.ROOT), m.group(1));
        }
        int of = office.indexOf(" of ");
        if (of > 0) {
            // "Superintendent of Schools" is "the Superintendent".
            holders.putIfAbsent(office.substring(0, of), m.group(1));
        }
    }
}
