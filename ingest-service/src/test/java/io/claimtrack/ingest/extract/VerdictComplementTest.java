package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 59 (the lead's ruling of round 58): "X considers the amount insufficient", a verdict with an object
 * complement, is X's statement with the object and complement as content; so is the verdict after a fronted relative
 * set off by a comma. An object without a complement, a passive, a restrictive relative, a verdict only imagined
 * ("might consider") and a personal tie ("considers a friend") stay none.
 */
class VerdictComplementTest {

    @Test
    void aVerdictOnAnObjectIsAStatement() {
        assertMentions("""
                The Growers' Guild of Tarnholm considers the new levy excessive.
                Many pilots consider the harbour master a safe pair of hands.
                We consider the tender to be void.
                Port regulators considered Ambrose a serious bidder.
                """,
                "The Growers' Guild of Tarnholm | the new levy excessive | considers | indirect",
                "Many pilots | the harbour master a safe pair of hands | consider | indirect",
                "We | the tender to be void | consider | indirect",
                "Port regulators | Ambrose a serious bidder | considered | indirect");
    }

    @Test
    void aVerdictAfterAFrontedRelativeIsAStatement() {
        assertMentions("""
                She faces the former mayor, Lina Ostrova, whom local Greens consider their strongest candidate in years.
                """,
                "local Greens | their strongest candidate in years | consider | indirect");
    }

    @Test
    void anObjectWithoutAVerdictAPassiveOrARestrictiveRelativeIsNone() {
        AnnotatedDocument doc = extract("""
                The board considered the offer the firm made last week.

                The council considered the plan and went home.

                Orlen Vesk, a former judge, is widely considered a favourite for the post.

                The river carried lead at levels the agency considers unsafe for children.

                The city will consider the new route on Monday.

                The region is considering a second ferry.

                Many commuters might consider the toll a fair price.

                The skipper thanked Arno Belk, whom she considers a friend.

                The tariffs generally considered the most accurate come from the port.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }
}
