package org.harbormaster.money.demurrage;

import static org.assertj.core.api.Assertions.assertThat;

import org.harbormaster.identity.SizeType;
import org.junit.jupiter.api.Test;

class EquipmentClassTest {

    @Test
    void a_reefer_is_priced_as_a_reefer_and_a_box_of_unknown_size_as_dry() {
        assertThat(EquipmentClass.of(SizeType.of("45R1"))).isEqualTo(EquipmentClass.REEFER);
        assertThat(EquipmentClass.of(SizeType.of("45G1"))).isEqualTo(EquipmentClass.DRY);
        assertThat(EquipmentClass.of(null)).isEqualTo(EquipmentClass.DRY);
    }
}
