import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NikVault } from './nik-vault';

/** At start, seals the full name and birth date of rows written before they were encrypted, and empties the plaintext. */
@Injectable()
export class SealPlaintextParticipants implements OnApplicationBootstrap {
  private readonly logger = new Logger(SealPlaintextParticipants.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: NikVault,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const rows: Array<{ id: string; full_name: string; birth_date: string }> = await this.dataSource.query(
      `SELECT id, full_name, to_char(birth_date, 'YYYY-MM-DD') AS birth_date FROM participant
        WHERE full_name IS NOT NULL OR birth_date IS NOT NULL`,
    );
    for (const row of rows) {
      await this.dataSource.query(
        `UPDATE participant SET full_name_sealed = $2, birth_date_sealed = $3, full_name = NULL, birth_date = NULL
          WHERE id = $1`,
        [
          row.id,
          this.vault.seal('fullName', row.full_name, row.id),
          this.vault.seal('birthDate', row.birth_date, row.id),
        ],
      );
    }
    if (rows.length > 0)
      this.logger.log(`sealed the full name and birth date of ${rows.length} participants`);
  }
}
