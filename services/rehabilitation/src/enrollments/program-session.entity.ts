import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('program_session')
export class ProgramSession {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'program_id' }) programId: string;
  @Column('date') date: string;
  @Column() topic: string;
}
