package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Titled people grouped by their role's text ("Mayor", "Minister of Trade"): a description's tests of a role run once per
 * role, not once per person. A test per person for every description was quadratic in a text naming many people with
 * a few titles (1 MB of "Mayor Ola Dahl came. The senator said it works." would take minutes).
 */
final class PeopleByRole {

    private final Map<String, List<Name>> byRole = new LinkedHashMap<>();

    PeopleByRole(List<Name> people) {
        for (Name n : people) {
            byRole.computeIfAbsent(n.role(), r -> new ArrayList<>()).add(n);
        }
    }

    /** The people whose role's text passes {@code fits}, grouped by role (each role in the order first given). */
    List<Name> withRole(Predicate<String> fits) {
        List<Name> out = new ArrayList<>();
        for (Map.Entry<String, List<Name>> e : byRole.entrySet()) {
            if (fits.test(e.getKey())) {
                out.addAll(e.getValue());
            }
        }
        return out;
    }
}
