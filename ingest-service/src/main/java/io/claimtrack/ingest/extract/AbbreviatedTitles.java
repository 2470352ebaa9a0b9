package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Titles abbreviated before a name ("Gov. Ann Lind", "Lt. Gov. Per Vik", "Atty. Gen. Rosa Kahn") as the offices
 * they spell out, so that a description ("the governor", "Governor says") fits the role the text gave.
 */
final class AbbreviatedTitles {

    private static final Map<String, String> OFFICES = new HashMap<>();

    static {
        for (String line : Lexicon.readLines("role-abbreviations")) {
            String[] parts = line.split("=", 2);
            OFFICES.put(parts[0].strip() + ".", parts[1].strip());
        }
    }

    private AbbreviatedTitles() {
    }

    /** A lower-case role with its abbreviated titles spelled out: "ohio gov." → "ohio governor". */
    static String spelledOut(String role) {
        if (role.indexOf('.') < 0) {
            return role;
        }
        StringBuilder out = new StringBuilder(role.length() + 16);
        for (String w : role.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(OFFICES.getOrDefault(w, w));
        }
        return out.toString();
    }
}
