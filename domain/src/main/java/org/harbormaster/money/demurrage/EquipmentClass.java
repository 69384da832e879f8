package org.harbormaster.money.demurrage;

import org.harbormaster.identity.SizeType;

/** The equipment classes tariffs price differently: reefers (powered at the terminal) cost more than dry boxes. */
public enum EquipmentClass {
    DRY,
    REEFER;

    /** A container whose size-type nobody said (known only from tracking) counts as dry, as most are. */
    /** A container whose size-type nobody said (known only from tracking) counts as dry, as most are. */
    public static EquipmentClass of(SizeType sizeType) {
        if (sizeType == null) {
            return DRY;
        }
        return sizeType.isReefer() ? REEFER : DRY;
    }
}
