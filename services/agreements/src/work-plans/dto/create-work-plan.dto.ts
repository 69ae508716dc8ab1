import { IsFiscalYear, Indicators } from '@sinergi/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class ActivityDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;
}

export class TargetDto {
  @IsIn(Indicators, { message: `indicator must be one of ${Indicators.join(', ')}` })
  indicator: string;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  target: number;
}

export class CreateWorkPlanDto {
  @IsFiscalYear()
  fiscalYear: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ActivityDto)
  activities?: ActivityDto[];

  @IsArray()
  @ArrayMinSize(1, { message: 'targets must set at least one indicator target' })
  @ValidateNested({ each: true })
  @Type(() => TargetDto)
  targets: TargetDto[];
}
