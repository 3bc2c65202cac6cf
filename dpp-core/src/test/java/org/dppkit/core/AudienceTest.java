package org.dppkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Art. 77(2): the access groups are not a ranking. */
class AudienceTest {

    @Test
    void authorities_readPoints1To3ButNot4() {
        assertEquals(Set.of(AccessGroup.PUBLIC, AccessGroup.LEGITIMATE_INTEREST_AND_AUTHORITIES,
                AccessGroup.AUTHORITIES), Audience.AUTHORITIES.readableGroups());
        assertFalse(Audience.AUTHORITIES.mayRead(AccessGroup.LEGITIMATE_INTEREST));
    }

    @Test
    void legitimateInterest_readsPoints1_2_4ButNot3() {
        assertTrue(Audience.LEGITIMATE_INTEREST.mayRead(AccessGroup.LEGITIMATE_INTEREST));
        assertTrue(Audience.LEGITIMATE_INTEREST.mayRead(
                AccessGroup.LEGITIMATE_INTEREST_AND_AUTHORITIES));
        assertFalse(Audience.LEGITIMATE_INTEREST.mayRead(AccessGroup.AUTHORITIES));
    }

    @Test
    void public_readsOnlyPoint1() {
        for (AccessGroup g : AccessGroup.values()) {
            assertEquals(g == AccessGroup.PUBLIC, Audience.PUBLIC.mayRead(g), g.name());
        }
    }

    @Test
    void issuer_readsEverything() {
        for (AccessGroup g : AccessGroup.values()) {
            assertTrue(Audience.ISSUER.mayRead(g), g.name());
        }
        assertThrows(NullPointerException.class, () -> Audience.ISSUER.mayRead(null));
    }

    @Test
    void annexPoints_areOneToFour() {
        int point = 1;
        for (AccessGroup g : AccessGroup.values()) {
            assertEquals(point++, g.annexXiiiPoint());
        }
    }

    @Test
    void passportLevel_broaderThan() {
        assertTrue(PassportLevel.MODEL.isBroaderThan(PassportLevel.BATCH));
        assertTrue(PassportLevel.BATCH.isBroaderThan(PassportLevel.ITEM));
        assertFalse(PassportLevel.ITEM.isBroaderThan(PassportLevel.ITEM));
        assertFalse(PassportLevel.ITEM.isBroaderThan(PassportLevel.MODEL));
    }
}
