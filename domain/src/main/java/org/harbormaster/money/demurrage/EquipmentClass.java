package org.harbormaster.money.demurrage;

import org.harbormaster.identity.SizeType;

/** The equipment classes tariffs price differently: reefers (powered at the terminal) cost more than dry boxes. */
public enum EquipmentClass {
    DRY,
    REEFER;

    public static EquipmentClass of(SizeType sizeType) {
        return sizeType.isReefer() ? REEFER : DRY;
    }
}
