import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { currentCaller, ListQuery, PageOf } from '@sinergi/platform';
import { AttendanceResponse, EnrollmentResponse, ProgramSessionResponse } from './dto/enrollment.response';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ReasonDto } from '../programs/dto/reason.dto';
import {
  CompleteEnrollmentDto,
  CreateSessionDto,
  EnrollDto,
  FailEnrollmentDto,
  RecordAttendanceDto,
} from './dto/enrollment.dto';
import { EnrollmentsService } from './enrollments.service';

@Controller()
export class EnrollmentsController {
  constructor(private readonly enrollments: EnrollmentsService) {}

  @ApiCreatedResponse({ type: EnrollmentResponse })
  @Post('programs/:id/enrollments')
  enroll(@Param('id', ParseUUIDPipe) programId: string, @Body() body: EnrollDto) {
    return this.enrollments.enroll(currentCaller(), programId, body.participantId);
  }

  @ApiOkResponse({ type: PageOf(EnrollmentResponse) })
  @Get('programs/:id/enrollments')
  list(@Param('id', ParseUUIDPipe) programId: string, @Query() query: ListQuery) {
    return this.enrollments.listForProgram(currentCaller(), programId, query);
  }

  @ApiCreatedResponse({ type: ProgramSessionResponse })
  @Post('programs/:id/sessions')
  addSession(@Param('id', ParseUUIDPipe) programId: string, @Body() body: CreateSessionDto) {
    return this.enrollments.addSession(currentCaller(), programId, body);
  }

  @ApiOkResponse({ type: AttendanceResponse })
  @Get('programs/:id/sessions/:sessionId/attendance')
  attendance(
    @Param('id', ParseUUIDPipe) programId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
  ) {
    return this.enrollments.attendance(currentCaller(), programId, sessionId);
  }

  @ApiOkResponse({ type: AttendanceResponse })
  @Post('programs/:id/sessions/:sessionId/attendance')
  @HttpCode(200)
  recordAttendance(
    @Param('id', ParseUUIDPipe) programId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() body: RecordAttendanceDto,
  ) {
    return this.enrollments.recordAttendance(currentCaller(), programId, sessionId, body.records);
  }

  @ApiOkResponse({ type: EnrollmentResponse })
  @Post('enrollments/:id/complete')
  @HttpCode(200)
  complete(@Param('id', ParseUUIDPipe) id: string, @Body() body: CompleteEnrollmentDto) {
    return this.enrollments.complete(currentCaller(), id, body.score);
  }

  @ApiOkResponse({ type: EnrollmentResponse })
  @Post('enrollments/:id/drop')
  @HttpCode(200)
  drop(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReasonDto) {
    return this.enrollments.drop(currentCaller(), id, body.reason);
  }

  @ApiOkResponse({ type: EnrollmentResponse })
  @Post('enrollments/:id/fail')
  @HttpCode(200)
  fail(@Param('id', ParseUUIDPipe) id: string, @Body() body: FailEnrollmentDto) {
    return this.enrollments.fail(currentCaller(), id, body.reason);
  }
}
